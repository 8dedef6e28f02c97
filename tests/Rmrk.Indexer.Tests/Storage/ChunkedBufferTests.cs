using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Tests.Storage;

public class ChunkedBufferTests
{
    [Fact]
    public void Runs_come_back_whole_and_entries_in_order_across_many_chunks()
    {
        var buffer = new ChunkedBuffer<long>();
        var runs = new List<(ChunkedBuffer<long>.Location At, long[] Values)>();
        long next = 0;
        for (int i = 0; i < 20_000; i++)
        {
            // Lengths 1..13 so that runs keep landing on chunk boundaries (8,192 longs per chunk).
            var values = Enumerable.Range(0, 1 + (i % 13)).Select(_ => next++).ToArray();
            runs.Add((buffer.Append(values), values));
        }

        foreach (var (at, values) in runs)
        {
            buffer.Slice(at, values.Length).ToArray().ShouldBe(values);
        }

        var single = new ChunkedBuffer<long>();
        for (long i = 0; i < 100_000; i++)
        {
            single.Add(i);
        }

        single.Items().ShouldBe(Enumerable.Range(0, 100_000).Select(i => (long)i));
    }

    [Fact]
    public void An_empty_run_reads_back_empty_even_first()
    {
        var buffer = new ChunkedBuffer<long>();
        var empty = buffer.Append([]);
        var one = buffer.Append([42]);
        buffer.Slice(empty, 0).IsEmpty.ShouldBeTrue();
        buffer.Slice(one, 1).ToArray().ShouldBe([42L]);
        buffer.Items().ShouldBe([42L]);
    }

    [Fact]
    public void A_run_longer_than_a_chunk_is_refused()
    {
        var buffer = new ChunkedBuffer<long>();
        Should.Throw<ArgumentException>(() => buffer.Append(new long[10_000]));
    }
}
