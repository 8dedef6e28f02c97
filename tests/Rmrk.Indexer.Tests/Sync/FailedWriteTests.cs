using Microsoft.Extensions.Logging.Abstractions;
using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// A write that fails (a full disk, a broken file) stops the sync with that error, in line or written behind;
/// the batches committed before it stay, and the next run resumes from their cursor to the same state as an
/// uninterrupted sync.
/// </summary>
public class FailedWriteTests
{
    private const int Count = 4000;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_failed_write_stops_the_sync_and_what_was_committed_stays(bool writeBehind)
    {
        var blocks = SyncHarness.ReadDump(GeneratedDumps.Get("sync-a", Count));
        using var temp = new TempFolder();
        string db = temp.File("db.sqlite");
        var options = new SyncEngineOptions { BatchRemarks = 700, WriteBehind = writeBehind };
        SyncCursor? committed;
        using (var store = new FailingStore(SqliteStateStore.Open(db), failingWrite: 3))
        {
            var engine = new SyncEngine(store, NullLogger.Instance, null, options);
            var error = Should.Throw<IOException>(() => engine.Run(new MemoryBlockSource(blocks), new SyncSettings(), TestContext.Current.CancellationToken));
            error.Message.ShouldBe("disk full (simulated)");
            store.Writes.ShouldBe(3, "nothing is written after the failure");
            committed = store.ReadCursor();
        }

        committed.ShouldNotBeNull("the two batches before the failure are committed");
        committed.Remarks.ShouldBeGreaterThanOrEqualTo(1400);
        var resumed = SyncHarness.Sync(db, new MemoryBlockSource(blocks), options: options);
        resumed.Start.ShouldBe(committed);
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(blocks));
    }

    /// <summary>The SQLite store, except that its <c>n</c>-th write throws instead of writing.</summary>
    private sealed class FailingStore(SqliteStateStore inner, int failingWrite) : PassThroughStore(inner)
    {
        private int _writes;

        public int Writes => _writes;

        private bool NextWriteFails() => Interlocked.Increment(ref _writes) == failingWrite;

        public override IPreparedCommit Prepare(StateBatch batch, Action<IPreparedCommit>? writeWhilePreparing = null) =>
            new Failing(this, base.Prepare(batch, writeWhilePreparing is null ? null : prepared => writeWhilePreparing(new Failing(this, prepared))));

        private sealed class Failing(FailingStore store, IPreparedCommit prepared) : IPreparedCommit
        {
            public void Write()
            {
                if (store.NextWriteFails())
                {
                    throw new IOException("disk full (simulated)");
                }

                prepared.Write();
            }
        }
    }
}
