namespace Rmrk.Indexer.Tests;

/// <summary>The repository root (the folder with Rmrk.sln), the shared reference data beside it, and the built <c>rmrk</c>.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string RmrkFixtures => Path.Combine(Shared, "rmrk-fixtures");

    public static string QuirkFixtures => Path.Combine(Shared, "oracle", "fixtures");

    public static string Generator => Path.Combine(Shared, "oracle", "gen.mjs");

    /// <summary>The bundled 5,000-remark Kanaria-shaped dump that the main job runs.</summary>
    public static string SampleDump => Path.Combine(RepositoryRoot, "samples", "kanaria-5k.dump.json");

    /// <summary>rmrk.dll next to the tests (the project reference copies it with its runtime config).</summary>
    public static string RmrkDll => Path.Combine(AppContext.BaseDirectory, "rmrk.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rmrk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Rmrk.sln not found above {AppContext.BaseDirectory}");
    }
}
