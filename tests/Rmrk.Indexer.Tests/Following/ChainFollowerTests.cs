using Rmrk.Core.Remarks;
using Rmrk.Indexer.Chain.Grpc;
using Rmrk.Indexer.Chain.Grpc.Server;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Following;

/// <summary>
/// <c>rmrk sync --source grpc://…</c> end to end over real gRPC on loopback: the development server replays the
/// chain with planned forks and disconnects; the export must equal a plain sync of the canonical chain.
/// </summary>
public class ChainFollowerTests
{
    private static ChainPlan ForksAndDisconnects => new()
    {
        FinalityLag = 3,
        Forks =
        [
            new ForkPlan(ChainCoreHarness.HeightAt(2), 2),
            new ForkPlan(ChainCoreHarness.HeightAt(40), 3),
            new ForkPlan(ChainCoreHarness.HeightAt(41), 1),
            new ForkPlan(ChainCoreHarness.HeightAt(150), 4),
        ],
        Disconnects = [new DisconnectPlan(30), new DisconnectPlan(95), new DisconnectPlan(96), new DisconnectPlan(400)],
    };

    [Fact]
    public async Task Unfinalized_mode_with_forks_and_disconnects_ends_in_the_canonical_export()
    {
        using var temp = new TempFolder();
        var timeline = ChainCoreHarness.Timeline(ForksAndDisconnects);
        await using var server = await ChainCoreHarness.Serve(timeline);
        var applied = new List<string>();
        var result = await ChainCoreHarness.Follow(server.Address, temp.File("db.sqlite"), new ChainFollowerOptions
        {
            Unfinalized = true,
            OnApplied = (_, hash) => applied.Add(hash),
        });

        // Each of the 10 fork blocks is applied and undone. A disconnect can land just after an UNDO whose message
        // the client had time to read (or not): resuming after the fork's parent then replays the fork, so a fork
        // block may be applied and undone twice. What never varies: every fork application is undone, and no
        // canonical block ever is.
        var forkApplications = applied.Where(h => !timeline.IsCanonical(h)).ToList();
        forkApplications.Distinct().Count().ShouldBe(10, "every fork block was applied");
        result.BlocksUndone.ShouldBe(forkApplications.Count, "every fork application was undone, nothing else");
        result.Reconnects.ShouldBeGreaterThanOrEqualTo(4);
        SyncHarness.Export(temp.File("db.sqlite")).ShouldBe(ChainCoreHarness.CanonicalExport(temp));
        using var store = SqliteStateStore.OpenReadOnly(temp.File("db.sqlite"));
        store.ReadJournal().ShouldBeEmpty("every block is final at the end, so the journal is pruned");
    }

    [Fact]
    public async Task A_block_larger_than_grpcs_default_message_limit_is_followed()
    {
        // A Kusama block holds up to 5 MiB of extrinsics; gRPC refuses messages over 4 MB unless told otherwise.
        var (last, calls) = ChainCoreHarness.Blocks[^1];
        string remark = "RMRK::SEND::2.0.0::1-x-Y-1::" + new string('b', 5_000_000);
        var big = new BlockCall("system.remark", "0x" + Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(remark)), calls[0].Caller);
        List<(long Height, IReadOnlyList<BlockCall> Calls)> chain = [.. ChainCoreHarness.Blocks, (last + 1, [big])];
        using var temp = new TempFolder();
        await using var server = await ChainCoreHarness.Serve(ChainTimeline.Build(chain, new ChainPlan()));

        var result = await ChainCoreHarness.Follow(server.Address, temp.File("db.sqlite"), new ChainFollowerOptions { MaxRetries = 0 });

        result.End!.Block.ShouldBe(last + 1);
        SyncHarness.Export(temp.File("db.sqlite")).ShouldBe(ChainCoreHarness.PlainExport(temp, chain, "plain"));
    }

    [Fact]
    public async Task Finalized_mode_never_applies_a_block_that_is_later_undone()
    {
        using var temp = new TempFolder();
        var timeline = ChainCoreHarness.Timeline(ForksAndDisconnects);
        await using var server = await ChainCoreHarness.Serve(timeline);
        var applied = new List<(long Height, string Hash)>();
        var result = await ChainCoreHarness.Follow(server.Address, temp.File("db.sqlite"), new ChainFollowerOptions { OnApplied = (h, hash) => applied.Add((h, hash)) });

        result.BlocksUndone.ShouldBe(0);
        applied.ShouldAllBe(b => timeline.IsCanonical(b.Hash));
        applied.Select(b => b.Height).ShouldBe(ChainCoreHarness.Blocks.Select(b => b.Height), "each canonical block once, in order");
        SyncHarness.Export(temp.File("db.sqlite")).ShouldBe(ChainCoreHarness.CanonicalExport(temp));
    }

    [Fact]
    public async Task Finalized_mode_buffers_new_blocks_itself_when_the_server_streams_every_step()
    {
        using var temp = new TempFolder();
        var timeline = ChainCoreHarness.Timeline(ForksAndDisconnects with { IgnoreFinalizedOnly = true });
        await using var server = await ChainCoreHarness.Serve(timeline);
        var applied = new List<(long Height, string Hash)>();
        var result = await ChainCoreHarness.Follow(server.Address, temp.File("db.sqlite"), new ChainFollowerOptions { OnApplied = (h, hash) => applied.Add((h, hash)) });

        result.BlocksUndone.ShouldBe(0, "fork blocks arrive and are undone, but only ever in the client's buffer");
        applied.ShouldAllBe(b => timeline.IsCanonical(b.Hash));
        applied.Select(b => b.Height).ShouldBe(ChainCoreHarness.Blocks.Select(b => b.Height), "each canonical block once, in order");
        SyncHarness.Export(temp.File("db.sqlite")).ShouldBe(ChainCoreHarness.CanonicalExport(temp));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_restart_mid_stream_resumes_without_gaps_or_duplicates(bool unfinalized)
    {
        using var temp = new TempFolder();
        var timeline = ChainCoreHarness.Timeline(ForksAndDisconnects);
        await using var server = await ChainCoreHarness.Serve(timeline);
        var chain = new List<(long Height, string Hash)>();
        void Applied(long h, string hash) => chain.Add((h, hash));
        void Undone(long h, string hash)
        {
            chain[^1].ShouldBe((h, hash), "only the head is undone");
            chain.RemoveAt(chain.Count - 1);
        }

        // First run: stop (as on Ctrl-C) right after a fork block in unfinalized mode, mid-chain otherwise.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var first = await ChainCoreHarness.Follow(server.Address, temp.File("db.sqlite"), new ChainFollowerOptions
        {
            Unfinalized = unfinalized,
            OnApplied = (h, hash) =>
            {
                Applied(h, hash);
                if (unfinalized ? h >= ChainCoreHarness.HeightAt(150) && !timeline.IsCanonical(hash) : chain.Count == 120)
                {
                    stop.Cancel();
                }
            },
            OnUndone = Undone,
        }, stop.Token);
        first.Cancelled.ShouldBeTrue();
        first.End!.Hash.ShouldBe(chain[^1].Hash, "the committed cursor is the last applied block");

        var second = await ChainCoreHarness.Follow(server.Address, temp.File("db.sqlite"), new ChainFollowerOptions
        {
            Unfinalized = unfinalized,
            OnApplied = Applied,
            OnUndone = Undone,
        });

        second.Cancelled.ShouldBeFalse();
        chain.Select(b => b.Hash).ShouldAllBe(h => timeline.IsCanonical(h));
        chain.Select(b => b.Height).ShouldBe(ChainCoreHarness.Blocks.Select(b => b.Height), "each canonical block exactly once across both runs");
        SyncHarness.Export(temp.File("db.sqlite")).ShouldBe(ChainCoreHarness.CanonicalExport(temp));
    }

    [Theory]
    [InlineData("bad-parent", false, "on parent")]
    [InlineData("bad-parent", true, "on parent")]
    [InlineData("no-block", false, "without a block")]
    [InlineData("no-step", false, "with step 0: NEW (1), UNDO (2) or FINAL (3) expected")]
    [InlineData("bad-caller", true, "not-an-address")]
    [InlineData("undo-unknown", false, "only the head can be undone")]
    public async Task A_malformed_message_stops_with_a_clear_error_and_no_partial_block(string kind, bool unfinalized, string expected)
    {
        using var temp = new TempFolder();
        long bad = ChainCoreHarness.HeightAt(60);
        var timeline = ChainCoreHarness.Timeline(new ChainPlan { FinalityLag = 2, Corruptions = [new CorruptionPlan(bad, kind)] });
        await using var server = await ChainCoreHarness.Serve(timeline);

        var error = await Should.ThrowAsync<ChainProtocolException>(() =>
            ChainCoreHarness.Follow(server.Address, temp.File("db.sqlite"), new ChainFollowerOptions { Unfinalized = unfinalized }));

        error.Message.ShouldContain(expected);
        using (var store = SqliteStateStore.OpenReadOnly(temp.File("db.sqlite")))
        {
            store.ReadCursor()!.Block.ShouldBe(ChainCoreHarness.HeightAt(59));
        }

        SyncHarness.Export(temp.File("db.sqlite")).ShouldBe(ChainCoreHarness.CanonicalExport(temp, bad));
    }
}
