using System.Text.Json.Nodes;
using Rmrk.Core.Rmrk1;
using Rmrk.Core.Rmrk1.Input;
using Rmrk.Core.Rmrk1.Output;

namespace Rmrk.Core.Tests.Rmrk1;

/// <summary>Runs one 1.0 input file through Core and compares it with its <c>.expected.json</c>.</summary>
internal static class Rmrk1Replay
{
    public static string Run(string inputPath, bool pretty)
    {
        var input = Rmrk1Input.Parse(File.ReadAllText(inputPath));
        var consolidator = new Rmrk1Consolidator(input.Options);
        consolidator.Consolidate(input.Remarks);
        return Rmrk1StateWriter.Write(consolidator.State, pretty, input.Options.EmitInteractionChanges);
    }

    public static void AssertMatches(string inputPath)
    {
        string expectedPath = Path.ChangeExtension(inputPath, null) + ".expected.json";
        string expected = File.ReadAllText(expectedPath);
        string actual = Run(inputPath, pretty: true);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        // Not byte-identical: report the first structural difference (or the formatting one).
        JsonNode? e = JsonNode.Parse(expected);
        JsonNode? a = JsonNode.Parse(actual);
        string diff = FirstDifference(e, a, "$") ?? "formatting differs only: " + FirstTextDifference(expected, actual);
        Assert.Fail($"{Path.GetFileName(inputPath)}: {diff}");
    }

    private static string FirstTextDifference(string e, string a)
    {
        int i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        return $"at {i}: expected …{e.Substring(Math.Max(0, i - 40), Math.Min(80, e.Length - Math.Max(0, i - 40)))}…";
    }

    private static string? FirstDifference(JsonNode? e, JsonNode? a, string path)
    {
        if (e is JsonObject eo && a is JsonObject ao)
        {
            foreach (var (key, value) in eo)
            {
                if (!ao.ContainsKey(key))
                {
                    return $"{path}.{key}: missing in actual";
                }

                string? d = FirstDifference(value, ao[key], $"{path}.{key}");
                if (d is not null)
                {
                    return d;
                }
            }

            foreach (var (key, _) in ao)
            {
                if (!eo.ContainsKey(key))
                {
                    return $"{path}.{key}: unexpected in actual";
                }
            }

            return null;
        }

        if (e is JsonArray ea && a is JsonArray aa)
        {
            for (int i = 0; i < Math.Min(ea.Count, aa.Count); i++)
            {
                string? d = FirstDifference(ea[i], aa[i], $"{path}[{i}]");
                if (d is not null)
                {
                    return d;
                }
            }

            return ea.Count == aa.Count ? null : $"{path}: array length {aa.Count} != expected {ea.Count}";
        }

        return JsonNode.DeepEquals(e, a) ? null : $"{path}: {a?.ToJsonString()} != expected {e?.ToJsonString()}";
    }
}
