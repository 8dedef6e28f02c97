namespace Rmrk.Indexer.Commands;

/// <summary>
/// How to start this program again as a child process: its apphost (<c>rmrk</c>, <c>dotnet run</c>), or the host
/// with the entry assembly when it was started as <c>dotnet rmrk.dll</c>.
/// </summary>
internal static class OwnCommand
{
    private static readonly string s_entryAssembly = typeof(OwnCommand).Assembly.Location;

    public static string FileName => Environment.ProcessPath!;

    /// <summary>The arguments that come before this program's own.</summary>
    public static IReadOnlyList<string> Prefix => IsHost(FileName) ? [s_entryAssembly] : [];

    private static bool IsHost(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
}
