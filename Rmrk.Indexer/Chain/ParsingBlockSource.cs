using Rmrk.Core.Addresses;
using Rmrk.Core.Rmrk2;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Chain;

/// <summary>
/// Parses each block's remarks for RMRK 2.0.0 as it passes (<see cref="InteractionParser"/>: decoding,
/// payload structure, address re-encoding; no state). Placed under a <see cref="PrefetchingBlockSource"/>,
/// that work runs on the reader thread, beside the consolidation instead of before it. The options must be
/// the consolidation's: the SS58 format decides how addresses in payloads are re-encoded. Blocks that come
/// parsed already (<see cref="Dump.DumpBlockSource"/> with a parser) pass as they are.
/// </summary>
public sealed class ParsingBlockSource(IBlockSource inner, ConsolidatorOptions options) : IBlockSource
{
    public double? Fraction => inner.Fraction;

    public IEnumerable<SourceBlock> ReadBlocks(long skipThrough) => ReadBlocks(skipThrough, null, CancellationToken.None);

    public IEnumerable<SourceBlock> ReadBlocks(long skipThrough, SourcePosition? resumeAt, CancellationToken cancellationToken)
    {
        var parser = new InteractionParser(new AddressCodec(options.EffectiveSs58Prefix));
        foreach (var block in inner.ReadBlocks(skipThrough, resumeAt, cancellationToken))
        {
            if (block.Number <= skipThrough || block.Remarks.Count == 0 || block.Parsed is not null)
            {
                yield return block;
                continue;
            }

            var parsed = new ParsedRemark[block.Remarks.Count];
            parser.ParseAll(block.Remarks, parsed);

            yield return block with { Parsed = parsed };
        }
    }
}
