using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// A clean stop with the real program: <c>rmrk sync</c> gets SIGINT (Ctrl-C) or SIGTERM once it has committed, while
/// it waits for more of its input, and must commit what it has applied, say where it stopped, and exit with 130. The
/// database then holds exactly the blocks up to its cursor (a block boundary, nothing of a later block), and the next
/// run, on the whole dump, ends where an uninterrupted one does.
/// </summary>
public partial class SignalTests
{
    private const int Count = 6000;

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_stops_sync_at_a_block_boundary_after_a_final_commit(string signal)
    {
        string dump = GeneratedDumps.Get("kill", Count);
        var blocks = SyncHarness.ReadDump(dump);
        using var temp = new TempFolder();
        string db = temp.File("stopped.sqlite");

        var (exitCode, errors) = await SyncUntilSignalled(db, dump, signal);

        exitCode.ShouldBe(130, errors);
        var stopped = StoppedAfter().Match(errors);
        stopped.Success.ShouldBeTrue(errors);
        long block = long.Parse(stopped.Groups["block"].Value, CultureInfo.InvariantCulture);
        SyncHarness.CommittedBlock(db).ShouldBe(block, "what the program says is what it committed");
        block.ShouldBeLessThan(blocks[^1].Number, "stopped before the end of the dump");
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(blocks.Where(b => b.Number <= block)));

        var (resumed, resumeErrors) = await Sync(db, dump);
        resumed.ShouldBe(0, resumeErrors);
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(blocks));
    }

    /// <summary>
    /// Starts a sync reading the first half of the dump through a pipe, so that it cannot finish first; signals it
    /// once a batch is committed, while it waits for the rest; and waits for it to end without closing the pipe.
    /// </summary>
    private static async Task<(int ExitCode, string Errors)> SyncUntilSignalled(string db, string dump, string signal)
    {
        using var process = DotnetProgram.Start(TestPaths.RmrkDll, Arguments(db, "/dev/stdin"), redirectInput: true);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        byte[] bytes = await File.ReadAllBytesAsync(dump, TestContext.Current.CancellationToken);
        await process.StandardInput.BaseStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), TestContext.Current.CancellationToken);
        await process.StandardInput.BaseStream.FlushAsync(TestContext.Current.CancellationToken);
        while (SyncHarness.CommittedBlock(db) < 0)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the sync ended before its first commit: {await errors}");
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        // The restart (execve) keeps the process id, so this reaches the program that syncs.
        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            Assert.Fail($"rmrk sync did not stop within 30 s of SIG{signal} while waiting for input: {await errors}");
        }

        process.StandardInput.Close();
        _ = await output;
        return (process.ExitCode, await errors);
    }

    private static async Task<(int ExitCode, string Errors)> Sync(string db, string dump)
    {
        var (exitCode, _, errors) = await DotnetProgram.Run(TestPaths.RmrkDll, Arguments(db, dump));
        return (exitCode, errors);
    }

    // Small batches: the run commits often, so the signal lands while there is more to do.
    private static string[] Arguments(string db, string dump) =>
        ["sync", "--source", dump, "--db", db, "--batch-remarks", "100", "--batch-ms", "10"];

    [GeneratedRegex(@"Sync stopped on request after block (?<block>\d+)")]
    private static partial Regex StoppedAfter();
}
