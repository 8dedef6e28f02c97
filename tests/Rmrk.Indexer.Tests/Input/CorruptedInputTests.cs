using System.Text;
using System.Text.Json;
using Rmrk.Core.Rmrk1;
using Rmrk.Core.Rmrk1.Input;
using Rmrk.Indexer.Consolidation;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Tests.Input;

/// <summary>
/// A damaged input file never crashes a consolidation: cut short, a byte changed, text inserted or removed, it is
/// either still read (the damage fell inside a string) or refused with the input error that names the place, on
/// every path a file takes (streamed as <c>consolidate</c> reads an array, read whole as a fixture is, and read by
/// the 1.0.0 engine). Before, text that is not UTF-8 inside a string escaped as an InvalidOperationException.
/// </summary>
public class CorruptedInputTests
{
    private const int Cases = 250;

    private static readonly byte[][] Insertions =
    [
        "{"u8.ToArray(), "\""u8.ToArray(), "\\u"u8.ToArray(), [0xFF, 0xFE], [0xC3], "1e999"u8.ToArray(), "[[[["u8.ToArray(),
        "\\ud800"u8.ToArray(), "\\udc00"u8.ToArray(), "null"u8.ToArray(), ",\"block\":-1"u8.ToArray(), "{\"calls\":7}"u8.ToArray(),
    ];

    [Fact]
    public void Damaged_dumps_are_read_or_refused_with_an_input_error_never_a_crash()
    {
        byte[] dump = SmallDump();
        var random = new Random(26);
        using var temp = new TempFolder();
        string path = temp.File("damaged.json");
        var refused = 0;
        for (int i = 0; i < Cases; i++)
        {
            byte[] damaged = Damage(dump, random);
            File.WriteAllBytes(path, damaged);
            refused += Streamed(path) + Whole(damaged) + SpecOne(damaged);
        }

        // Most damage breaks the JSON; had none been refused, the damage would not be reaching the readers.
        refused.ShouldBeGreaterThan(Cases / 2);
    }

    /// <summary>The first 120 blocks of the bundled sample, still one array.</summary>
    private static byte[] SmallDump()
    {
        var lines = File.ReadLines(TestPaths.SampleDump).Take(121).ToList();
        lines[^1] = lines[^1].TrimEnd(',');
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n]\n");
    }

    private static byte[] Damage(byte[] dump, Random random)
    {
        var bytes = new List<byte>(dump);
        int at = random.Next(bytes.Count);
        switch (random.Next(4))
        {
            case 0:
                return [.. bytes.Take(at)];
            case 1:
                bytes[at] = "{}[]\",:\\0x"u8[random.Next(10)];
                break;
            case 2:
                bytes.InsertRange(at, Insertions[random.Next(Insertions.Length)]);
                break;
            default:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 50), bytes.Count - at));
                break;
        }

        return [.. bytes];
    }

    private static int Streamed(string path) => Refused(() => ConsolidationRun.ExecuteFile(path, fixture => ConsolidationRun.OptionsFor(fixture)));

    private static int Whole(byte[] damaged) => Refused(() =>
    {
        var input = ConsolidationInputReader.Read("damaged.json", damaged);
        ConsolidationRun.Execute(input, ConsolidationRun.OptionsFor(input.Options));
    });

    /// <summary>As <c>consolidate --spec 1.0.0</c> reads a file (it reports these three kinds as input errors).</summary>
    private static int SpecOne(byte[] damaged) => Refused(() =>
    {
        var input = Rmrk1Input.Parse(Encoding.UTF8.GetString(damaged));
        new Rmrk1Consolidator(input.Options).Consolidate(input.Remarks);
    });

    private static int Refused(Action read)
    {
        try
        {
            read();
            return 0;
        }
        catch (Exception e) when (e is InputFormatException or FormatException or JsonException)
        {
            e.Message.ShouldNotBeNullOrWhiteSpace();
            return 1;
        }
    }
}
