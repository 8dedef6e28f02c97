using System.Diagnostics;
using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// Crash safety with the real program: <c>rmrk sync</c> is started on a generated dump and SIGKILLed after seeded
/// random delays (up to the length of an uninterrupted run), eight times or until a run completes, then run to
/// the end; the export must equal that of an uninterrupted run and the committed cursor never moves back.
/// Small batches make commits frequent, so kills land before, inside and after transactions.
/// </summary>
public class KillTests
{
    private const int Count = 6000;
    private const int Kills = 8;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Killing_sync_at_random_points_and_re_running_gives_the_uninterrupted_export(int seed)
    {
        string dump = GeneratedDumps.Get("kill", Count);
        using var temp = new TempFolder();
        string reference = temp.File("reference.sqlite");
        var uninterrupted = Stopwatch.StartNew();
        Run(reference, dump, killAfterMs: null).ShouldBe(0);
        int duration = (int)uninterrupted.ElapsedMilliseconds;
        string expected = SyncHarness.Export(reference);

        // Kill points spread over the whole life of a run: start-up, migration, loading, consolidating, committing.
        string db = temp.File("killed.sqlite");
        var random = new Random(seed);
        int kills = 0;
        long lastCursor = -1;
        bool finished = false;
        while (kills < Kills && !finished)
        {
            // The first kill lands in the first half of a run, so every seed kills at least once.
            int delay = kills == 0 ? random.Next(30, Math.Max(31, duration / 2)) : random.Next(30, Math.Max(31, duration));
            finished = Run(db, dump, killAfterMs: delay) is not null;
            if (finished && kills == 0)
            {
                // A run outpaced its kill before any kill landed: start over, with shorter delays.
                foreach (string file in Directory.GetFiles(temp.Path, "killed.sqlite*"))
                {
                    File.Delete(file);
                }

                duration = Math.Max(60, duration / 2);
                finished = false;
                continue;
            }

            if (!finished)
            {
                kills++;
                long cursor = SyncHarness.CommittedBlock(db);
                cursor.ShouldBeGreaterThanOrEqualTo(lastCursor, "a committed cursor never moves back");
                lastCursor = cursor;
            }
        }

        if (!finished)
        {
            Run(db, dump, killAfterMs: null).ShouldBe(0);
        }

        kills.ShouldBeGreaterThan(0);
        SyncHarness.Export(db).ShouldBe(expected);
    }

    /// <summary>Runs <c>rmrk sync</c>; returns its exit code, or null when it was killed first.</summary>
    private static int? Run(string db, string dump, int? killAfterMs)
    {
        using var process = DotnetProgram.Start(TestPaths.RmrkDll, ["sync", "--source", dump, "--db", db, "--batch-remarks", "150", "--batch-ms", "10"]);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (killAfterMs is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(entireProcessTree: true); // SIGKILL: no handler, no final commit
            process.WaitForExit();
            return null;
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"rmrk sync exited with {process.ExitCode}: {errors.Result}");
        }

        _ = output.Result;
        return process.ExitCode;
    }
}
