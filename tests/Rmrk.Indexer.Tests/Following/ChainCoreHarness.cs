using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Chain.Grpc.Server;
using Rmrk.Indexer.Chain.Grpc.V1;
using Rmrk.Indexer.Commands;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Following;

/// <summary>
/// The first blocks of the bundled Kanaria-shaped dump as a chain: served by the real development server on a
/// free loopback port and followed by the real client; the plain sync of the same blocks is the reference.
/// </summary>
public static class ChainCoreHarness
{
    public const int BlockCount = 300;

    private static readonly Lazy<List<(long Height, IReadOnlyList<BlockCall> Calls)>> s_blocks = new(ReadBlocks);

    public static IReadOnlyList<(long Height, IReadOnlyList<BlockCall> Calls)> Blocks => s_blocks.Value;

    public static long HeightAt(int index) => Blocks[index].Height;

    public static ChainTimeline Timeline(ChainPlan plan) => ChainTimeline.Build(Blocks, plan);

    public static Task<ChainCoreServer> Serve(ChainTimeline timeline) =>
        ChainCoreServer.StartAsync(timeline, 0, LogLevel.Error, TestContext.Current.CancellationToken);

    public static async Task<ChainSyncResult> Follow(Uri address, string dbPath, ChainFollowerOptions options, CancellationToken? cancellationToken = null)
    {
        options = options with { InitialBackoff = TimeSpan.FromMilliseconds(20), MaxBackoff = TimeSpan.FromMilliseconds(200), MaxRetries = options.MaxRetries ?? 20 };
        using var channel = ChainSync.OpenChannel(address);
        using var store = SqliteStateStore.Open(dbPath);
        var follower = new ChainFollower(store, store, NullLogger.Instance, options);
        return await follower.RunAsync(new ChainCore.ChainCoreClient(channel), address.ToString(), new SyncSettings(), cancellationToken ?? TestContext.Current.CancellationToken);
    }

    /// <summary>The export of a plain sync of the canonical blocks below <paramref name="beforeHeight"/> (all by default).</summary>
    public static string CanonicalExport(TempFolder temp, long beforeHeight = long.MaxValue) =>
        PlainExport(temp, Blocks.Where(b => b.Height < beforeHeight), $"canonical-{beforeHeight}");

    /// <summary>The export of a plain sync of these blocks, into <paramref name="name"/>.sqlite.</summary>
    public static string PlainExport(TempFolder temp, IEnumerable<(long Height, IReadOnlyList<BlockCall> Calls)> chain, string name)
    {
        var extractor = new RemarkExtractor(new AddressCodec(2));
        var blocks = chain
            .Select(b => new SourceBlock(b.Height, null, [.. b.Calls.Select(c => extractor.Extract(b.Height, c)).OfType<Remark>()], 0))
            .ToList();
        string db = temp.File($"{name}.sqlite");
        SyncHarness.Sync(db, new MemoryBlockSource(blocks));
        return SyncHarness.Export(db);
    }

    private static List<(long, IReadOnlyList<BlockCall>)> ReadBlocks()
    {
        using var reader = DumpReader.Open(TestPaths.SampleDump);
        return [.. reader.ReadElements().Take(BlockCount).Select(e => (e.Block, e.Calls!))];
    }
}
