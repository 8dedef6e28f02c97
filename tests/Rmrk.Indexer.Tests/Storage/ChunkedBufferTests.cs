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

    [Fact]
    public void Released_chunks_are_reused_cleared_and_trimmed_to_what_the_last_use_needed()
    {
        var pool = new ChunkedBuffer<Text>.Pool();
        var big = new ChunkedBuffer<Text>(pool);
        for (int i = 0; i < 50_000; i++)
        {
            big.Add(new("row " + i));
        }

        big.Release();
        int chunks = pool.FreeChunks;
        chunks.ShouldBeGreaterThan(1);
        big.Items().ShouldBeEmpty();

        // New buffers take the released chunks back, and they hold nothing of the old rows.
        var next = new ChunkedBuffer<Text>(pool);
        var at = next.Append([new("a"), new("b")]);
        pool.FreeChunks.ShouldBe(chunks - 1);
        next.Slice(at, 2).ToArray().ShouldBe([new("a"), new("b")]);
        pool.Rent().ShouldAllBe(t => t.Value == null);

        // A small batch released after a big one lets the pool shrink to its own size.
        int used = next.Chunks;
        next.Release();
        pool.FreeChunks.ShouldBe(chunks - 1, "all but the one rented above are free again, until trimmed");
        pool.Trim(used);
        pool.FreeChunks.ShouldBe(1);
    }

    [Fact]
    public void A_buffer_can_be_filled_again_after_a_release()
    {
        var pool = new ChunkedBuffer<long>.Pool();
        var buffer = new ChunkedBuffer<long>(pool);
        buffer.Append([1, 2, 3]);
        buffer.Release();
        var at = buffer.Append([4, 5]);
        buffer.Slice(at, 2).ToArray().ShouldBe([4L, 5L]);
        buffer.Items().ShouldBe([4L, 5L]);
    }

    private readonly record struct Text(string? Value);
}
