using System.Diagnostics;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary><c>rmrk bench</c> as a user starts it, through the .NET host: it times its own cold run as a child process.</summary>
public class BenchCommandTests
{
    [Fact]
    public async Task Bench_started_as_dotnet_rmrk_dll_starts_its_cold_run_the_same_way()
    {
        string dump = GeneratedDumps.Get("bench", 2000);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { TestPaths.RmrkDll, "bench", dump, "--iterations", "1", "--no-reference" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.ShouldBe(0, await errors);
        string row = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        string[] cells = row.Split('|');
        cells[0].Trim().ShouldBe("2000");
        double.Parse(cells[2].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, "the cold run's consolidation time");
    }
}
