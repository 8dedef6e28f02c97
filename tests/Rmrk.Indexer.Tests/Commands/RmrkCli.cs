using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>The <c>rmrk</c> program run as a user runs it, through the .NET host, to its end.</summary>
internal static class RmrkCli
{
    public static Task<(int ExitCode, string Output, string Errors)> Run(params string[] args) => DotnetProgram.Run(TestPaths.RmrkDll, args);
}
