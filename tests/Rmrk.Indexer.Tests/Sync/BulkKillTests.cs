using Rmrk.Indexer.Tests.Commands;
using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// A bulk replay commits through a rollback journal. The real program is SIGKILLed while one of its commits is
/// open (its journal has content), several times, then run to the end: the export must equal an uninterrupted
/// run's. After each kill, a reader either opens the file (the commit had not yet touched it, so its journal is
/// not hot) or names the file and asks for a sync, which rolls the commit back. The hot case is also made
/// deterministically in <c>SqliteStateStoreTests</c>.
/// </summary>
public class BulkKillTests
{
    private const int Count = 20_000;
    private const int Kills = 4;

    [Fact]
    public async Task Killing_sync_inside_bulk_commits_and_re_running_gives_the_uninterrupted_export()
    {
        string dump = GeneratedDumps.Get("bulk-kill", Count);
        using var temp = new TempFolder();
        string reference = temp.File("reference.sqlite");
        SyncHarness.SyncDump(reference, dump);
        string expected = SyncHarness.Export(reference);

        string db = temp.File("killed.sqlite");
        int kills = 0;
        for (int run = 0; run < 20 && kills < Kills; run++)
        {
            if (!KillInsideCommit(db, dump))
            {
                // The run ended before a commit was seen open: start again from nothing.
                foreach (string file in Directory.GetFiles(temp.Path, "killed.sqlite*"))
                {
                    File.Delete(file);
                }

                continue;
            }

            kills++;
            var (statusCode, _, statusErrors) = await RmrkCli.Run("status", "--db", db);
            if (HotJournal.IsHot(db + "-journal"))
            {
                statusCode.ShouldBe(2);
                statusErrors.ShouldContain("run `rmrk sync` on it first");
            }
            else
            {
                statusCode.ShouldBe(0, statusErrors);
            }
        }

        kills.ShouldBe(Kills, "kills landed inside commits");
        var (syncCode, _, syncErrors) = await RmrkCli.Run([.. SyncArguments(db, dump)]);
        syncCode.ShouldBe(0, syncErrors);
        File.Exists(db + "-journal").ShouldBeFalse("back in WAL mode, the journal is gone");
        SyncHarness.Export(db).ShouldBe(expected);
    }

    /// <summary>Every batch a bulk one, each of a few thousand remarks: several commits of tens of milliseconds.</summary>
    private static string[] SyncArguments(string db, string dump) =>
        ["sync", "--source", dump, "--db", db, "--batch-remarks", "2500", "--bulk-remarks", "1"];

    /// <summary>Runs sync and SIGKILLs it as soon as its journal has content; false when the run ended first.</summary>
    private static bool KillInsideCommit(string db, string dump)
    {
        using var process = DotnetProgram.Start(TestPaths.RmrkDll, SyncArguments(db, dump));
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var journal = new FileInfo(db + "-journal");
        while (!process.HasExited)
        {
            journal.Refresh();
            if (journal.Exists && journal.Length > 0)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return true;
            }

            Thread.Yield();
        }

        process.WaitForExit();
        process.ExitCode.ShouldBe(0);
        return false;
    }
}
