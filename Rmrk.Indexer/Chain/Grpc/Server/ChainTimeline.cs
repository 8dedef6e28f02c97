using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Chain.Grpc.V1;

namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>
/// The development chain: the dump's blocks as the canonical chain, with synthetic deterministic hashes
/// (SHA-256 of fork label, height, parent hash and the block's calls) and parent links, plus the forks of a
/// <see cref="ChainPlan"/>. The replay is precomputed as two message sequences — everything (NEW, UNDO,
/// FINAL) and FINAL only — so a resume is an index lookup. Fork blocks take the calls of canonical blocks
/// further ahead, so undoing them has real effects to reverse.
/// </summary>
public sealed class ChainTimeline
{
    private readonly Dictionary<string, ServedBlock> _byHash = new(StringComparer.Ordinal);
    private readonly List<long> _disconnects;
    private long _sent;

    private ChainTimeline(List<ServedBlock> canonical, List<TimelineEvent> full, ChainPlan plan, BlockRef genesis)
    {
        Canonical = canonical;
        Full = full;
        FinalOnly = [.. full.Where(e => e.Step == Step.Final)];
        Plan = plan;
        Genesis = genesis;
        foreach (var e in full)
        {
            _byHash[BlockHashes.ToText(e.Block.Ref.Hash)] = e.Block;
        }

        _disconnects = [.. plan.Disconnects.Select(d => d.AfterMessages).Order()];
    }

    public IReadOnlyList<ServedBlock> Canonical { get; }

    public IReadOnlyList<TimelineEvent> Full { get; }

    public IReadOnlyList<TimelineEvent> FinalOnly { get; }

    public ChainPlan Plan { get; }

    public BlockRef Genesis { get; }

    /// <summary>Whether a hash (<c>0x</c> + hex) names a canonical block (false for fork blocks and unknown hashes).</summary>
    public bool IsCanonical(string hash) => _byHash.TryGetValue(hash, out var block) && block.Fork.Length == 0;

    public static ChainTimeline Load(string dumpPath, ChainPlan plan)
    {
        var blocks = new List<(long, IReadOnlyList<BlockCall>)>();
        using var reader = DumpReader.Open(dumpPath);
        long last = -1;
        foreach (var element in reader.ReadElements())
        {
            var calls = element.Calls ?? throw new InvalidDataException($"{dumpPath}: chain-core serve replays block dumps ({{block, calls}}), not Remark lists");
            if (element.Block == last && calls.Count == 0)
            {
                continue;
            }

            if (element.Block <= last)
            {
                throw new InvalidDataException($"{dumpPath}: byte {element.Offset}: block {element.Block} after block {last}");
            }

            last = element.Block;
            blocks.Add((element.Block, calls));
        }

        return Build(blocks, plan);
    }

    public static ChainTimeline Build(IReadOnlyList<(long Height, IReadOnlyList<BlockCall> Calls)> blocks, ChainPlan plan)
    {
        var genesis = new BlockRef { Height = blocks.Count == 0 ? 0 : (ulong)Math.Max(0, blocks[0].Height - 1), Hash = ByteString.CopyFrom(SHA256.HashData("rmrk chain-core genesis"u8)) };
        var canonical = new List<ServedBlock>(blocks.Count);
        var parent = genesis;
        foreach (var (height, rows) in blocks)
        {
            var calls = ToCalls(rows);
            var block = new ServedBlock(Ref(string.Empty, height, parent, calls), parent, calls, string.Empty);
            canonical.Add(block);
            parent = block.Ref;
        }

        var events = new List<TimelineEvent>();
        int finalizedIndex = -1;
        long finalized = 0;
        int forkNumber = 0;
        for (int k = 0; k < canonical.Count; k++)
        {
            events.Add(new TimelineEvent(Step.New, canonical[k], finalized));
            while (finalizedIndex < k - plan.FinalityLag)
            {
                finalized = canonical[++finalizedIndex].Height;
                events.Add(new TimelineEvent(Step.Final, canonical[finalizedIndex], finalized));
            }

            foreach (var fork in plan.Forks.Where(f => f.AfterBlock == canonical[k].Height))
            {
                string label = $"fork-{++forkNumber}";
                var forkBlocks = new List<ServedBlock>();
                var forkParent = canonical[k].Ref;
                for (int j = 1; j <= fork.Length; j++)
                {
                    long height = Math.Max((long)forkParent.Height + 1, k + j < canonical.Count ? canonical[k + j].Height : 0);
                    var calls = k + fork.Length + j < canonical.Count ? canonical[k + fork.Length + j].Calls
                        : k + j < canonical.Count ? canonical[k + j].Calls : [];
                    var block = new ServedBlock(Ref(label, height, forkParent, calls), forkParent, calls, label);
                    forkBlocks.Add(block);
                    events.Add(new TimelineEvent(Step.New, block, finalized));
                    forkParent = block.Ref;
                }

                for (int j = forkBlocks.Count - 1; j >= 0; j--)
                {
                    events.Add(new TimelineEvent(Step.Undo, forkBlocks[j], finalized));
                }
            }
        }

        while (finalizedIndex < canonical.Count - 1)
        {
            finalized = canonical[++finalizedIndex].Height;
            events.Add(new TimelineEvent(Step.Final, canonical[finalizedIndex], finalized));
        }

        return new ChainTimeline(canonical, events, plan, genesis);
    }

    /// <summary>
    /// Where a stream resumes: right after the message that delivered <paramref name="after"/> (NEW on the full
    /// stream, FINAL on the final-only one); 0 without one; -1 for a block this chain never had. Without a
    /// hash (a database filled from a dump), after the last canonical block at or below its height.
    /// </summary>
    public int ResumeIndex(bool finalOnly, BlockRef? after)
    {
        var list = finalOnly ? FinalOnly : Full;
        var delivering = finalOnly ? Step.Final : Step.New;
        if (after is null)
        {
            return 0;
        }

        if (after.Hash.IsEmpty)
        {
            int index = 0;
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i].Step == delivering && list[i].Block.Fork.Length == 0 && list[i].Block.Ref.Height <= after.Height)
                {
                    index = i + 1;
                }
            }

            return index;
        }

        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Step == delivering && list[i].Block.Ref.Hash.Equals(after.Hash))
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Counts a sent message; true when the plan drops the connection here (each disconnect fires once).</summary>
    public bool MessageSent()
    {
        long sent = Interlocked.Increment(ref _sent);
        lock (_disconnects)
        {
            if (_disconnects.Count > 0 && sent >= _disconnects[0])
            {
                _disconnects.RemoveAt(0);
                return true;
            }
        }

        return false;
    }

    private static List<RemarkCall> ToCalls(IReadOnlyList<BlockCall> rows)
    {
        var calls = new List<RemarkCall>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var call = new RemarkCall
            {
                ExtrinsicIndex = (uint)i,
                Call = row.Call,
                Remark = ByteString.CopyFrom(JsText.HexToBytes(row.Value)),
                Caller = row.Caller,
                Signer = row.Caller,
                Wrapper = row.Extras is null ? string.Empty : "utility.batch",
                ExtrinsicSuccess = true,
            };
            foreach (var extra in row.Extras ?? [])
            {
                call.Extras.Add(new V1.Extra { Call = extra.Call, Value = extra.Value, Caller = extra.Caller });
            }

            calls.Add(call);
        }

        return calls;
    }

    private static BlockRef Ref(string label, long height, BlockRef parent, IReadOnlyList<RemarkCall> calls)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(label + "\0"));
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(number, height);
        hash.AppendData(number);
        hash.AppendData(parent.Hash.Span);
        foreach (var call in calls)
        {
            hash.AppendData(call.ToByteArray());
        }

        return new BlockRef { Height = (ulong)height, Hash = ByteString.CopyFrom(hash.GetHashAndReset()) };
    }
}
