using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Rmrk.Indexer.Chain;

/// <summary>
/// Reads (and extracts) blocks of another source on a background thread, a bounded number ahead, so parsing the
/// dump overlaps with consolidation. Blocks and a failure come out in source order: a bad element surfaces after
/// every block before it, exactly where the inner source would have thrown.
/// </summary>
public sealed class PrefetchingBlockSource(IBlockSource inner, int capacity = 2048) : IBlockSource
{
    public double? Fraction => inner.Fraction;

    public IEnumerable<SourceBlock> ReadBlocks(long skipThrough)
    {
        using var queue = new BlockingCollection<SourceBlock>(capacity);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                foreach (var block in inner.ReadBlocks(skipThrough))
                {
                    queue.Add(block, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "rmrk block reader",
        };
        producer.Start();
        try
        {
            foreach (var block in queue.GetConsumingEnumerable())
            {
                yield return block;
            }

            producer.Join();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }
    }
}
