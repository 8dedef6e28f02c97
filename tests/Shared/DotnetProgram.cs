using System.Diagnostics;

namespace Rmrk.Tests.Shared;

/// <summary>One of our programs run as a user runs it, through the .NET host, to its end.</summary>
internal static class DotnetProgram
{
    /// <param name="workingDirectory">Where the program starts; the test's own folder when null.</param>
    public static async Task<(int ExitCode, string Output, string Errors)> Run(string dll, IEnumerable<string> args, string? workingDirectory = null)
    {
        using var process = Start(dll, args, workingDirectory: workingDirectory);
        return await ToEnd(process);
    }

    /// <summary>Reads both outputs of a started process (redirected) until it exits.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> ToEnd(Process process)
    {
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, output, await errors);
    }

    /// <summary>Started with both outputs redirected, for a test that talks to the program while it runs.</summary>
    /// <param name="environment">Variables to set (or, with a null value, remove) in the program's environment.</param>
    /// <param name="workingDirectory">Where the program starts; the test's own folder when null.</param>
    /// <param name="redirectInput">Whether the test writes the program's standard input.</param>
    public static Process Start(
        string dll,
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        bool redirectInput = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
