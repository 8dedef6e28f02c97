using Microsoft.Extensions.Logging.Abstractions;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// The state is loaded when the first block past the cursor comes. A stop asked for while it loads (Ctrl-C, SIGTERM)
/// ends the run as cancelled, with nothing applied and the database as it was, and the next run goes on.
/// </summary>
public class StopWhileLoadingTests
{
    private const int Count = 3000;

    [Fact]
    public void A_stop_while_the_state_loads_ends_the_run_as_cancelled_and_the_next_run_goes_on()
    {
        var blocks = SyncHarness.ReadDump(GeneratedDumps.Get("sync-a", Count));
        using var temp = new TempFolder();
        string db = temp.File("db.sqlite");
        var first = SyncHarness.Sync(db, new MemoryBlockSource([.. blocks.Take(blocks.Count / 2)]));
        string before = SyncHarness.Export(db);

        using var stop = new CancellationTokenSource();
        SyncResult stopped;
        using (var store = new StoppingOnLoad(SqliteStateStore.Open(db), stop))
        {
            stopped = new SyncEngine(store, NullLogger.Instance).Run(new MemoryBlockSource(blocks), new SyncSettings(), stop.Token);
            store.Loads.ShouldBe(1);
        }

        stopped.Cancelled.ShouldBeTrue();
        stopped.BlocksApplied.ShouldBe(0);
        stopped.End.ShouldBe(first.End);
        SyncHarness.Export(db).ShouldBe(before);

        SyncHarness.Sync(db, new MemoryBlockSource(blocks));
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(blocks));
    }

    /// <summary>The SQLite store, asking for a stop when the state starts loading, as a signal arriving then would.</summary>
    private sealed class StoppingOnLoad(SqliteStateStore inner, CancellationTokenSource stop) : PassThroughStore(inner)
    {
        public int Loads { get; private set; }

        public override void Load(Rmrk2State state, bool includeLogs, CancellationToken cancellationToken)
        {
            Loads++;
            stop.Cancel();

            // The real load looks at the token as it goes; a small state may be read before it does.
            cancellationToken.ThrowIfCancellationRequested();
            base.Load(state, includeLogs, cancellationToken);
        }
    }
}
