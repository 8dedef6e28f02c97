using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Chain;

/// <summary>A source of blocks in ascending order (a dump file today, the chain core later).</summary>
public interface IBlockSource
{
    /// <summary>The blocks; those up to <paramref name="skipThrough"/> may come without their remarks.</summary>
    IEnumerable<SourceBlock> ReadBlocks(long skipThrough);

    /// <summary>
    /// As <see cref="ReadBlocks(long)"/>; a source that can may start at <paramref name="resumeAt"/> (a block up to
    /// <paramref name="skipThrough"/>, so nothing before it is needed) instead of at its beginning.
    /// </summary>
    IEnumerable<SourceBlock> ReadBlocks(long skipThrough, SourcePosition? resumeAt) => ReadBlocks(skipThrough);

    /// <summary>How far through the source reading is, 0..1, when known (for progress and ETA).</summary>
    double? Fraction { get; }
}
