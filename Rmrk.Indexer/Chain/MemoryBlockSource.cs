using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Chain;

/// <summary>Blocks already in memory (fixtures, tests): a block dump or a remark list grouped by block.</summary>
public sealed class MemoryBlockSource(IReadOnlyList<SourceBlock> blocks) : IBlockSource
{
    private int _read;

    public IReadOnlyList<SourceBlock> Blocks => blocks;

    public double? Fraction => blocks.Count == 0 ? null : (double)_read / blocks.Count;

    /// <summary>
    /// The blocks of a consolidation input: a dump's blocks extracted with <paramref name="extractionSs58Prefix"/>
    /// (sentinel kept, empty), or consecutive remarks of the same block grouped.
    /// </summary>
    public static MemoryBlockSource From(ConsolidationInput input, int extractionSs58Prefix)
    {
        var result = new List<SourceBlock>();
        if (input.Blocks is { } dump)
        {
            var extractor = new RemarkExtractor(new AddressCodec(extractionSs58Prefix));
            foreach (var block in dump)
            {
                var remarks = new List<Remark>();
                foreach (var call in block.Calls)
                {
                    if (extractor.Extract(block.Number, call) is { } remark)
                    {
                        remarks.Add(remark);
                    }
                }

                if (result.Count > 0 && result[^1].Number == block.Number && remarks.Count == 0)
                {
                    continue;
                }

                result.Add(new SourceBlock(block.Number, null, remarks, 0));
            }
        }
        else
        {
            foreach (var remark in input.Remarks!)
            {
                if (result.Count > 0 && result[^1].Number == remark.Block)
                {
                    ((List<Remark>)result[^1].Remarks).Add(remark);
                }
                else
                {
                    result.Add(new SourceBlock(remark.Block, null, new List<Remark> { remark }, 0));
                }
            }
        }

        return new MemoryBlockSource(result);
    }

    public IEnumerable<SourceBlock> ReadBlocks(long skipThrough)
    {
        for (_read = 0; _read < blocks.Count; _read++)
        {
            yield return blocks[_read];
        }
    }
}
