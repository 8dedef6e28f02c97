namespace Rmrk.Conformance.Tests;

/// <summary>Locates the repository root (the folder with Rmrk.sln) and the shared reference data beside it.</summary>
public static class SharedPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string RmrkFixtures => Path.Combine(Shared, "rmrk-fixtures");

    public static string QuirkFixtures => Path.Combine(Shared, "oracle", "fixtures");

    public static string Oracle => Path.Combine(Shared, "oracle");

    public static string SpecFixtures => Path.Combine(RepositoryRoot, "spec-fixtures");

    /// <summary>Our own RMRK 2.0.0 cases, built by <c>spec-fixtures/build-rmrk2.mjs</c> (see its INDEX.md).</summary>
    public static string SpecFixturesRmrk2 => Path.Combine(SpecFixtures, "rmrk2");

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
