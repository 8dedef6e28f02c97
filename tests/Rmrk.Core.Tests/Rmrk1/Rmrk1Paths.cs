namespace Rmrk.Core.Tests.Rmrk1;

/// <summary>Locates the shared data: the folder holding Rmrk.sln, then ../shared (never copied into the repo).</summary>
internal static class Rmrk1Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Data => Path.Combine(Shared, "rmrk1-data");

    public static string SpecFixtures => Path.Combine(RepoRoot, "spec-fixtures", "rmrk1");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rmrk.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Rmrk.sln not found above " + AppContext.BaseDirectory);
    }
}
