using Microsoft.Extensions.Logging.Abstractions;
using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// Progress names the block the sync has reached and, apart from it, the block last committed: a bulk batch holds up
/// to 500,000 remarks, so the committed block alone stood still for seconds while the counts ran on.
/// </summary>
public class ProgressTests
{
    private const int Count = 3000;

    private static readonly SyncEngineOptions EveryBlock = new()
    {
        BatchRemarks = 700,
        ProgressInterval = TimeSpan.Zero,
        WriteBehind = false,
    };

    [Fact]
    public void Progress_names_the_block_reached_and_the_last_committed_block()
    {
        var blocks = SyncHarness.ReadDump(GeneratedDumps.Get("sync-a", Count));
        using var temp = new TempFolder();
        var sink = new RecordingSink();

        Sync(temp.File("db.sqlite"), blocks, sink);

        var applied = blocks.Select(b => b.Number).ToHashSet();
        sink.Reports.ShouldNotBeEmpty();
        sink.Reports.ShouldAllBe(r => applied.Contains(r.Block));
        sink.Reports.Select(r => r.Block).ShouldBeInOrder();
        sink.Reports[^1].Block.ShouldBe(blocks[^1].Number);

        // Before the first commit there is none; afterwards the committed block trails the block reached.
        sink.Reports[0].Committed.ShouldBeNull();
        sink.Reports.ShouldAllBe(r => r.Committed == null || r.Committed <= r.Block);
        sink.Reports.ShouldContain(r => r.Committed != null && r.Committed < r.Block);
        sink.Reports.Select(r => r.Committed ?? 0).ShouldBeInOrder();
    }

    [Fact]
    public void A_resumed_sync_reports_the_block_it_resumed_from_as_committed()
    {
        var blocks = SyncHarness.ReadDump(GeneratedDumps.Get("sync-a", Count));
        using var temp = new TempFolder();
        string db = temp.File("db.sqlite");
        var first = SyncHarness.Sync(db, new MemoryBlockSource([.. blocks.Take(blocks.Count / 2)]));
        var sink = new RecordingSink();

        Sync(db, blocks, sink);

        var firstNew = sink.Reports.First(r => r.Block > first.End!.Block);
        firstNew.Committed.ShouldBe(first.End!.Block);
    }

    [Fact]
    public void The_terminal_line_shows_the_committed_block_once_there_is_one()
    {
        string Line(long? committed)
        {
            using var output = new StringWriter();
            new TerminalProgressSink(output).Report(new SyncProgress(1200, committed, 30, 4000, 2000, 0.5, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)));
            return output.ToString();
        }

        Line(1100).ShouldContain("sync: block 1200 (committed 1100)  30 blocks  4,000 remarks  2,000 remarks/s  50.0%  0:02  ETA 0:02");
        Line(null).ShouldContain("sync: block 1200  30 blocks");
    }

    private static void Sync(string db, List<SourceBlock> blocks, RecordingSink sink)
    {
        using var store = SqliteStateStore.Open(db);
        new SyncEngine(store, NullLogger.Instance, sink, EveryBlock).Run(new MemoryBlockSource(blocks), new SyncSettings(), TestContext.Current.CancellationToken);
    }

    private sealed class RecordingSink : ISyncProgressSink
    {
        public List<SyncProgress> Reports { get; } = [];

        public void Report(SyncProgress progress) => Reports.Add(progress);

        public void Complete()
        {
        }
    }
}
