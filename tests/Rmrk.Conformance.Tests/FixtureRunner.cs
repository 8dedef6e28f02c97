using Rmrk.Core.Rmrk2.Output;
using Rmrk.Indexer.Consolidation;
using Rmrk.Indexer.Input;

namespace Rmrk.Conformance.Tests;

/// <summary>Replays a fixture through the engine and compares the pretty canonical output byte for byte.</summary>
public static class FixtureRunner
{
    public static void AssertMatches(string folder, string name)
    {
        string path = Path.Combine(folder, name);
        string expected = File.ReadAllText(FixtureSource.ExpectedPath(path));
        string actual = Consolidate(path);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"{name} differs from the reference:\n{FirstDifference(expected, actual)}");
        }
    }

    public static string Consolidate(string path)
    {
        var input = ConsolidationInputReader.ReadFile(path);
        var run = ConsolidationRun.Execute(input, ConsolidationRun.OptionsFor(input.Options));
        using var writer = new StringWriter();
        Rmrk2StateWriter.Write(run.Consolidator.State, writer, pretty: true);
        return writer.ToString();
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>";
            string al = i < a.Length ? a[i] : "<end>";
            if (!string.Equals(el, al, StringComparison.Ordinal))
            {
                int from = Math.Max(0, i - 6);
                string context = string.Join('\n', e.Skip(from).Take(i - from));
                return $"line {i + 1}\ncontext (expected):\n{context}\nexpected: {el}\nactual:   {al}";
            }
        }

        return "(no line differs)";
    }
}
