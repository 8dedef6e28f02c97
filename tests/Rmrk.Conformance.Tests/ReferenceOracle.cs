using System.Diagnostics;

namespace Rmrk.Conformance.Tests;

/// <summary>
/// Runs the reference (rmrk-tools 2.1.13 behind ../shared/oracle's scripts) with node. A missing node or a
/// missing <c>npm ci</c> is a failure, not a skip: CI provides both, and a silently skipped comparison
/// would hide every divergence.
/// </summary>
public static class ReferenceOracle
{
    public static string Folder => SharedPaths.Oracle;

    /// <summary>The node executable, or a failed assertion saying what is missing and how to fix it.</summary>
    public static string RequireNode()
    {
        string? node = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");
        if (node is null)
        {
            Assert.Fail(
                "node is not on PATH. The differential tests run the reference implementation " +
                $"(rmrk-tools 2.1.13 via {Folder}); install Node 20 and run `npm ci` in that folder.");
        }

        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "rmrk-tools")))
        {
            Assert.Fail(
                $"{Path.Combine(Folder, "node_modules")} has no rmrk-tools. Run `npm ci` in {Folder} " +
                "before the differential tests (CI does).");
        }

        return node!;
    }

    /// <summary>Runs <c>node SCRIPT ARGS…</c> in the oracle folder; stdout goes to <paramref name="stdoutPath"/>.</summary>
    public static async Task RunAsync(string node, string script, IEnumerable<string> arguments, string stdoutPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {node}");
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await using var output = File.Create(stdoutPath);
            Task copy = process.StandardOutput.BaseStream.CopyToAsync(output, timeoutSource.Token);
            Task<string> errors = process.StandardError.ReadToEndAsync(timeoutSource.Token);
            await Task.WhenAll(copy, errors, process.WaitForExitAsync(timeoutSource.Token));
            if (process.ExitCode != 0)
            {
                Assert.Fail($"node {script} {string.Join(' ', start.ArgumentList.Skip(1))} exited with {process.ExitCode}:\n{await errors}");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within {timeout}");
        }
    }

    private static string? FindOnPath(string executable)
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (string dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
