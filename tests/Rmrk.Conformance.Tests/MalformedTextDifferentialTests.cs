using System.Text;
using Rmrk.Core.Rmrk1;
using Rmrk.Core.Rmrk1.Input;
using Rmrk.Core.Rmrk1.Output;

namespace Rmrk.Conformance.Tests;

/// <summary>
/// Text that is not well-formed, inside the strings of a dump: raw bytes that are not UTF-8 and escaped lone
/// surrogates. Node decodes the file with U+FFFD for each invalid sequence and <c>JSON.parse</c> keeps lone
/// surrogates, so the reference consolidates such a dump; System.Text.Json refuses both, and our reader used to
/// crash on them. A generated stream gets such text spliced into its remarks, and both engines must give the
/// reference's output byte for byte.
/// </summary>
public sealed class MalformedTextDifferentialTests : IDisposable
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Invalid UTF-8 of every kind (lone continuation, truncated, overlong, encoded surrogate, past U+10FFFF) and escapes JSON.parse keeps.</summary>
    private static readonly byte[][] Splices =
    [
        [0xFF], [0x80], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98],
        "\\ud800"u8.ToArray(), "\\udc00x"u8.ToArray(), "\\ud83d\\ude00"u8.ToArray(), "\\ud800\\ud800"u8.ToArray(),
    ];

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("rmrk-malformed-text-");

    [Theory]
    [InlineData("remarks")]
    [InlineData("blocks")]
    public async Task A_dump_with_malformed_text_in_its_strings_consolidates_as_the_reference_does(string format)
    {
        var ct = TestContext.Current.CancellationToken;
        string node = ReferenceOracle.RequireNode();
        string generated = Path.Combine(_work.FullName, $"{format}.json");
        await ReferenceOracle.RunAsync(node, "gen.mjs", ["--seed", "malformed-text", "--count", "400", "--invalid-rate", "0.1", "--format", format], generated, NodeTimeout, ct);
        string stream = Path.Combine(_work.FullName, $"{format}.spliced.json");
        int spliced = Splice(await File.ReadAllBytesAsync(generated, ct), stream, format);
        spliced.ShouldBeGreaterThan(50);

        string reference2 = Path.Combine(_work.FullName, $"{format}.reference2.json");
        await ReferenceOracle.RunAsync(node, "consolidate.mjs", [stream], reference2, NodeTimeout, ct);
        AssertSame(await File.ReadAllBytesAsync(reference2, ct), DifferentialTests.Consolidate(stream), "2.0.0", format);

        string reference1 = Path.Combine(_work.FullName, $"{format}.reference1.json");
        await ReferenceOracle.RunAsync(node, "consolidate1.mjs", [stream], reference1, NodeTimeout, ct);
        AssertSame(await File.ReadAllBytesAsync(reference1, ct), Consolidate1(stream), "1.0.0", format);
    }

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>
    /// Puts one splice at the end of every third remark text (remarks) or call value (blocks), just before the
    /// string's closing quote, where it cannot break an escape; the values of block dumps are hex, which the splice
    /// turns into text read as written.
    /// </summary>
    private static int Splice(byte[] json, string path, string format)
    {
        byte[] key = format == "remarks" ? "\"remark\":\""u8.ToArray() : "\"value\":\""u8.ToArray();
        var output = new List<byte>(json.Length + 4096);
        int at = 0, found = 0, spliced = 0;
        while (true)
        {
            int start = json.AsSpan(at).IndexOf(key);
            if (start < 0)
            {
                break;
            }

            int close = ClosingQuote(json, at + start + key.Length);
            output.AddRange(json.AsSpan(at, close - at));
            if (found++ % 3 == 0)
            {
                output.AddRange(Splices[spliced++ % Splices.Length]);
            }

            at = close;
        }

        output.AddRange(json.AsSpan(at));
        File.WriteAllBytes(path, [.. output]);
        return spliced;
    }

    private static int ClosingQuote(byte[] json, int from)
    {
        for (int i = from; ; i++)
        {
            if (json[i] == '\\')
            {
                i++;
            }
            else if (json[i] == '"')
            {
                return i;
            }
        }
    }

    /// <summary>As <c>consolidate --spec 1.0.0</c> reads a file: decoded as Node decodes it, then parsed.</summary>
    private static byte[] Consolidate1(string path)
    {
        var input = Rmrk1Input.Parse(Encoding.UTF8.GetString(File.ReadAllBytes(path)));
        var consolidator = new Rmrk1Consolidator(input.Options);
        consolidator.Consolidate(input.Remarks);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Rmrk1StateWriter.Write(consolidator.State));
    }

    private static void AssertSame(byte[] expected, byte[] actual, string spec, string format)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Assert.Fail($"{spec}, {format}: our output differs from the reference\n{JsonDifference.Describe(expected, actual)}");
        }
    }
}
