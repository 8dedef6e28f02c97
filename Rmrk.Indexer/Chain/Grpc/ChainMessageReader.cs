using System.Globalization;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Indexer.Chain.Grpc.V1;
using Extra = Rmrk.Core.Remarks.Extra;

namespace Rmrk.Indexer.Chain.Grpc;

/// <summary>
/// Checks one <see cref="StreamResponse"/> against the contract on its own (fields present, heights in range,
/// UNDO without payload, known events) and extracts its remarks as the dump path does. Linking to the head
/// is the follower's check.
/// </summary>
public sealed class ChainMessageReader(RemarkExtractor extractor)
{
    public const int MaxHashBytes = 64;

    private static readonly HashSet<string> s_events = new(StringComparer.Ordinal) { "crowdloan.Contributed", "crowdloan.Withdrew" };

    public ChainStep Read(StreamResponse message)
    {
        if (message.Step is not (Step.New or Step.Undo or Step.Final))
        {
            throw Bad($"a message with step {(int)message.Step}: NEW (1), UNDO (2) or FINAL (3) expected");
        }

        var block = message.Block ?? throw Bad($"a {message.Step} message without a block");
        var parent = message.Parent ?? throw Bad($"{message.Step} {block.Height}: no parent");
        long height = Height(block.Height, "block");
        long parentHeight = Height(parent.Height, "parent");
        long finalized = Height(message.FinalizedHeight, "finalized");
        string hash = Hash(block, height);
        string parentHash = Hash(parent, height);
        if (parentHeight >= height)
        {
            throw Bad($"block {height} claims parent height {parentHeight}: a parent comes before its block");
        }

        if (message.Step == Step.Undo)
        {
            if (message.Calls.Count > 0 || message.Events.Count > 0)
            {
                throw Bad($"UNDO {height} carries calls or events");
            }

            return new ChainStep(Step.Undo, height, hash, parentHeight, parentHash, finalized, [], []);
        }

        var remarks = new List<Remark>();
        foreach (var call in message.Calls)
        {
            if (ToBlockCall(call, height) is { } row && Extract(height, row) is { } remark)
            {
                remarks.Add(remark);
            }
        }

        var events = new List<CrowdloanEvent>(message.Events.Count);
        foreach (var e in message.Events)
        {
            if (!s_events.Contains(e.Name))
            {
                throw Bad($"block {height}: unknown event '{e.Name}'");
            }

            if (e.Who.Length == 0 || !UInt128.TryParse(e.Amount, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                throw Bad($"block {height}: {e.Name} without an account or with amount '{e.Amount}' (decimal planck expected)");
            }

            events.Add(new CrowdloanEvent(height, e.ExtrinsicIndex, e.Name, e.Who, e.ParaId, amount));
        }

        return new ChainStep(message.Step, height, hash, parentHeight, parentHash, finalized, remarks, events);
    }

    /// <summary>The dump row the call stands for; extras exactly when the remark sat in a utility batch.</summary>
    private static BlockCall ToBlockCall(RemarkCall call, long height)
    {
        if (call.Call.Length == 0 || call.Caller.Length == 0)
        {
            throw Bad($"block {height}: a remark call without call name or caller");
        }

        bool batched = call.Wrapper.StartsWith("utility.batch", StringComparison.Ordinal);
        if (!batched && call.Extras.Count > 0)
        {
            throw Bad($"block {height}: extras on a remark outside a batch (wrapper '{call.Wrapper}')");
        }

        List<Extra>? extras = null;
        if (batched)
        {
            extras = new List<Extra>(call.Extras.Count);
            foreach (var extra in call.Extras)
            {
                if (extra.Call.Length == 0)
                {
                    throw Bad($"block {height}: an extra without call name");
                }

                extras.Add(new Extra(extra.Call, extra.Value, extra.Caller));
            }
        }

        // The remark arrives as bytes: decoded once here, not written out as hex to be decoded again.
        return JsText.TryBytesToStringExact(call.Remark.Span, out string? text)
            ? BlockCall.FromText(call.Call, text, call.Caller, extras)
            : new BlockCall(call.Call, BlockHashes.ToText(call.Remark), call.Caller, extras);
    }

    private Remark? Extract(long height, BlockCall row)
    {
        try
        {
            return extractor.Extract(height, row);
        }
        catch (FormatException e)
        {
            throw Bad(e.Message, e);
        }
    }

    private static long Height(ulong value, string what) =>
        value <= long.MaxValue ? (long)value : throw Bad($"{what} height {value} is out of range");

    private static string Hash(BlockRef block, long height)
    {
        if (block.Hash.IsEmpty || block.Hash.Length > MaxHashBytes)
        {
            throw Bad($"block {height}: a block reference with a hash of {block.Hash.Length} bytes (1 to {MaxHashBytes} expected)");
        }

        return BlockHashes.ToText(block.Hash);
    }

    private static ChainProtocolException Bad(string message, Exception? inner = null) => new($"chain core sent {message}", inner);
}
