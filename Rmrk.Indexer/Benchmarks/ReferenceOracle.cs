namespace Rmrk.Indexer.Benchmarks;

/// <summary>
/// The reference, runnable: the folder holding rmrk-tools' <c>consolidate.mjs</c> and its installed
/// <c>node_modules</c> (<c>../shared/oracle</c> beside the repository).
/// </summary>
public sealed class ReferenceOracle
{
    private const string Script = "consolidate.mjs";

    private ReferenceOracle(string folder) => Folder = folder;

    public string Folder { get; }

    public string ConsolidateScript => Path.Combine(Folder, Script);

    /// <summary>
    /// The folder given (or the folder of the <c>consolidate.mjs</c> given); without one, <c>shared/oracle</c> in
    /// the nearest ancestor of the working directory or of the program that has it.
    /// </summary>
    /// <exception cref="BenchmarkException">No reference there, or one whose packages are not installed.</exception>
    public static ReferenceOracle Locate(string? given)
    {
        string folder = given is null ? Find()
            : File.Exists(given) ? Path.GetDirectoryName(Path.GetFullPath(given))!
            : Path.GetFullPath(given);
        if (!File.Exists(Path.Combine(folder, Script)))
        {
            throw new BenchmarkException($"{folder}: no {Script} here; pass --oracle with the reference's folder (../shared/oracle)");
        }

        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new BenchmarkException($"{folder}: the reference's packages are not installed; run `npm ci` in that folder");
        }

        return new ReferenceOracle(folder);
    }

    private static string Find()
    {
        string[] starts = [Environment.CurrentDirectory, AppContext.BaseDirectory];
        foreach (string start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "oracle");
                if (File.Exists(Path.Combine(candidate, Script)))
                {
                    return candidate;
                }
            }
        }

        throw new BenchmarkException($"the reference (shared/oracle/{Script}) is in no folder above {starts[0]} or {starts[1]}; pass --oracle with its folder");
    }
}
