namespace Rmrk.Conformance.Tests;

/// <summary>Every <c>NAME.json</c> with a <c>NAME.expected.json</c> beside it in a fixture folder.</summary>
public static class FixtureSource
{
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(folder))
        {
            return data;
        }

        foreach (string path in Directory.GetFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            if (!path.EndsWith(".expected.json", StringComparison.Ordinal) && File.Exists(ExpectedPath(path)))
            {
                data.Add(Path.GetFileName(path));
            }
        }

        return data;
    }

    public static string ExpectedPath(string fixturePath) =>
        Path.ChangeExtension(fixturePath, null) + ".expected.json";
}
