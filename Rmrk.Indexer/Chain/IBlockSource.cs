using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Chain;

/// <summary>A source of blocks in ascending order (a dump file today, the chain core later).</summary>
public interface IBlockSource
{
    /// <summary>The blocks; those up to <paramref name="skipThrough"/> may come without their remarks.</summary>
    IEnumerable<SourceBlock> ReadBlocks(long skipThrough);

    /// <summary>
    /// As <see cref="ReadBlocks(long)"/>; a source that can may start at <paramref name="resumeAt"/> (a block up to
    /// <paramref name="skipThrough"/>, so nothing before it is needed) instead of at its beginning. A source that waits
    /// for its input (a pipe, a reader thread) stops waiting when <paramref name="cancellationToken"/> is cancelled,
    /// with <see cref="OperationCanceledException"/>: a stop asked for then must not wait for more input.
    /// </summary>
    IEnumerable<SourceBlock> ReadBlocks(long skipThrough, SourcePosition? resumeAt, CancellationToken cancellationToken) => ReadBlocks(skipThrough);

    /// <summary>How far through the source reading is, 0..1, when known (for progress and ETA).</summary>
    double? Fraction { get; }
}
