using System.Diagnostics;
using System.Globalization;
using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>The <c>rmrk</c> program run as a user runs it, through the .NET host, to its end.</summary>
internal static class RmrkCli
{
    public static Task<(int ExitCode, string Output, string Errors)> Run(params string[] args) => DotnetProgram.Run(TestPaths.RmrkDll, args);

    /// <summary>
    /// Runs it under the shell's file size limit (<c>ulimit -f</c>, in KiB), with SIGXFSZ ignored so that a write past
    /// it fails as a full disk would instead of killing the process; the runtime's double-mapped code pages are files
    /// too, so they are turned off.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunWithFileSizeLimit(int kilobytes, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"ulimit -f {kilobytes}; trap '' XFSZ; exec dotnet \"$@\""));
        start.ArgumentList.Add("bash");
        start.ArgumentList.Add(TestPaths.RmrkDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        return await DotnetProgram.ToEnd(process);
    }
}
