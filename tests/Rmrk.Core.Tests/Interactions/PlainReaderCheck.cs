using Rmrk.Core.Tests.Fuzz;

namespace Rmrk.Core.Tests.Interactions;

/// <summary>
/// Holds a direct payload reader to the general path: every field it accepts must be accepted there too and
/// described alike. <paramref name="readPlain"/> and <paramref name="readGeneral"/> give a description of what
/// each made of a field, or null where it declined or rejected the field.
/// </summary>
internal sealed class PlainReaderCheck(Func<string, string?> readPlain, Func<string, string?> readGeneral)
{
    /// <summary>Characters that matter to JSON or to the readers.</summary>
    private const string Replacements = " \t\"\\,:{}[]-+.0159eE/a\u0000\u00e9";

    /// <summary>Each position of each (URI-encoded) payload replaced by each character of <see cref="Replacements"/>.</summary>
    public (int Accepted, int Declined) EveryOneCharacterChange(params string[] encodedPayloads)
    {
        int accepted = 0, declined = 0;
        foreach (string encoded in encodedPayloads)
        {
            string plain = Uri.UnescapeDataString(encoded);
            for (int i = 0; i < plain.Length; i++)
            {
                foreach (char c in Replacements)
                {
                    string field = string.Concat(plain.AsSpan(0, i), new ReadOnlySpan<char>(in c), plain.AsSpan(i + 1));
                    _ = Agrees(field) ? accepted++ : declined++;
                }
            }
        }

        return (accepted, declined);
    }

    /// <summary>Field <paramref name="index"/> of the fuzzer's remarks of one op; returns how many were accepted.</summary>
    public int Fuzzed(int seed, string op, int index)
    {
        int accepted = 0;
        foreach (var remark in new RemarkFuzzer(seed).Generate(40_000))
        {
            string[] fields = remark.Text!.Split("::");
            if (fields.Length > index && fields[1] == op && Agrees(fields[index]))
            {
                accepted++;
            }
        }

        return accepted;
    }

    /// <summary>True when the direct reader accepted the field; fails the test when it accepted it differently.</summary>
    public bool Agrees(string field)
    {
        string? plain = readPlain(field);
        if (plain is null)
        {
            return false;
        }

        string? general = readGeneral(field);
        general.ShouldNotBeNull($"accepted a payload the general path rejects: {field}");
        plain.ShouldBe(general, field);
        return true;
    }
}
