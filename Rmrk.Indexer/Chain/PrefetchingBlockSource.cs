using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Chain;

/// <summary>
/// Reads (and extracts) blocks of another source on a background thread, a bounded number ahead, so parsing the
/// dump overlaps with consolidation. Blocks and a failure come out in source order: a bad element surfaces after
/// every block before it, exactly where the inner source would have thrown.
/// </summary>
/// <remarks>
/// Blocks cross between the threads in runs (up to <see cref="RunBlocks"/> blocks or <see cref="RunRemarks"/>
/// remarks): handing over each of a dump's hundreds of thousands of small blocks alone made both threads spin
/// and yield on the queue, on a machine where every core is already busy. Meant for sources that are read as
/// fast as they can be (files), since a run waits until it is full or the source ends.
/// </remarks>
public sealed class PrefetchingBlockSource(IBlockSource inner, int capacity = 2048) : IBlockSource
{
    public const int RunBlocks = 256;
    public const int RunRemarks = 2048;

    public double? Fraction => inner.Fraction;

    /// <summary>How long a reader that stopped reading ahead is waited for before it is left to end on its own.</summary>
    public static readonly TimeSpan ReaderGrace = TimeSpan.FromSeconds(1);

    public IEnumerable<SourceBlock> ReadBlocks(long skipThrough) => ReadBlocks(skipThrough, null, CancellationToken.None);

    public IEnumerable<SourceBlock> ReadBlocks(long skipThrough, SourcePosition? resumeAt, CancellationToken cancellationToken)
    {
        var queue = new BlockingCollection<List<SourceBlock>>(Math.Max(2, capacity / RunBlocks));
        var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                failure = Produce(skipThrough, resumeAt, queue, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early.
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
            foreach (var run in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var block in run)
                {
                    yield return block;
                }
            }

            producer.Join();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();

            // A reader waiting to queue sees the stop at once, but one blocked reading its input (a pipe with nothing
            // to read yet) returns only when input comes or the input closes. Stopping must not wait for that: such a
            // reader is left to end on its own (a background thread, which only queues into what is not disposed).
            if (producer.Join(ReaderGrace))
            {
                queue.Dispose();
                stop.Dispose();
            }
        }
    }

    /// <summary>Queues the inner source's blocks in runs; a failure is returned after the blocks read before it.</summary>
    private ExceptionDispatchInfo? Produce(long skipThrough, SourcePosition? resumeAt, BlockingCollection<List<SourceBlock>> queue, CancellationToken stop)
    {
        var run = new List<SourceBlock>(RunBlocks);
        int remarks = 0;
        ExceptionDispatchInfo? failure = null;
        try
        {
            foreach (var block in inner.ReadBlocks(skipThrough, resumeAt, stop))
            {
                run.Add(block);
                remarks += block.Remarks.Count;
                if (run.Count == RunBlocks || remarks >= RunRemarks)
                {
                    queue.Add(run, stop);
                    run = new List<SourceBlock>(RunBlocks);
                    remarks = 0;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        if (run.Count > 0)
        {
            queue.Add(run, stop);
        }

        return failure;
    }
}
