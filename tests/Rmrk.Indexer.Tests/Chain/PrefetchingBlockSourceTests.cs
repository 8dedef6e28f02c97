using Rmrk.Indexer.Chain;

namespace Rmrk.Indexer.Tests.Chain;

/// <summary>
/// The reader thread that reads blocks ahead: blocks come in order, and a stop asked for while the reader waits for
/// input (a pipe with nothing in it yet) ends the wait at once instead of when input comes.
/// </summary>
public class PrefetchingBlockSourceTests
{
    [Fact]
    public void Blocks_come_in_source_order_across_runs()
    {
        var blocks = Enumerable.Range(1, 3 * PrefetchingBlockSource.RunBlocks + 7).Select(Block).ToList();

        var read = new PrefetchingBlockSource(new MemoryBlockSource(blocks)).ReadBlocks(-1).ToList();

        read.Select(b => b.Number).ShouldBe(blocks.Select(b => b.Number));
    }

    [Fact]
    public void A_stop_while_the_reader_waits_for_input_ends_the_wait()
    {
        using var input = new ManualResetEventSlim();
        using var sourceWaits = new ManualResetEventSlim();
        using var firstRunRead = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        int available = PrefetchingBlockSource.RunBlocks + 2;
        var source = new PrefetchingBlockSource(new WaitingSource([.. Enumerable.Range(1, available).Select(Block)], input, sourceWaits));
        var read = new List<long>();

        var reading = Task.Run(() =>
        {
            foreach (var block in source.ReadBlocks(-1, null, stop.Token))
            {
                read.Add(block.Number);
                if (read.Count == PrefetchingBlockSource.RunBlocks)
                {
                    firstRunRead.Set();
                }
            }
        }, TestContext.Current.CancellationToken);

        // The stop comes only once the reader is blocked on its input and the first run was handed over, so what
        // ends the reading can only be the stop, however slowly the threads were scheduled.
        sourceWaits.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken).ShouldBeTrue("the source never reached its blocking read");
        firstRunRead.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken).ShouldBeTrue("the first full run was never handed over");
        stop.Cancel();
        bool ended = ((IAsyncResult)reading).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(10));
        input.Set(); // lets the reader that was left waiting end, whatever happened

        ended.ShouldBeTrue("the input never came; only the stop could end the wait");
        reading.IsFaulted.ShouldBeTrue("the stop ends the reading with OperationCanceledException");
        reading.Exception!.InnerException.ShouldBeAssignableTo<OperationCanceledException>();

        // The first full run was handed over; the last two blocks wait in the reader's run for more input.
        read.ShouldBe(Enumerable.Range(1, PrefetchingBlockSource.RunBlocks).Select(n => (long)n));
    }

    private static SourceBlock Block(int number) => new(number, null, [], 0);

    /// <summary>Yields its blocks, then waits for input that comes only when the test allows it.</summary>
    private sealed class WaitingSource(IReadOnlyList<SourceBlock> blocks, ManualResetEventSlim input, ManualResetEventSlim waiting) : IBlockSource
    {
        public double? Fraction => null;

        public IEnumerable<SourceBlock> ReadBlocks(long skipThrough)
        {
            foreach (var block in blocks)
            {
                yield return block;
            }

            // A blocking read, as from a pipe: it does not look at any token.
            waiting.Set();
            input.Wait();
        }
    }
}
