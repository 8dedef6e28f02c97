using Rmrk.Core.Addresses;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Tests.Rmrk2;

/// <summary>
/// The prefetch reads the NFT table while the applying thread writes it. These tests grow and rewrite tables under
/// it, the way a consolidation does, and require that nothing escapes it and that it reads no further than its
/// batch allows.
/// </summary>
public sealed class StatePrefetchTests
{
    private const string Alice = "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F";

    [Fact]
    public void Reading_tables_while_they_grow_and_change_throws_nothing()
    {
        var batch = ParsedBatch(Enumerable.Range(0, 1024).Select(i => Send(Id(i * 97), Id((i * 97) + 1))));
        var tables = new Dictionary<string, Nft>[1];
        tables[0] = new Dictionary<string, Nft>(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource();
        Exception? escaped = null;
        int passes = 0;
        var reader = new Thread(() =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    StatePrefetch.Touch(Volatile.Read(ref tables[0]), batch);
                    passes++;
                }
            }
            catch (Exception e)
            {
                escaped = e;
            }
        });
        reader.Start();
        for (int round = 0; round < 8; round++)
        {
            var table = new Dictionary<string, Nft>(StringComparer.Ordinal);
            Volatile.Write(ref tables[0], table);
            for (int i = 0; i < 100_000; i++)
            {
                // Each NFT owned by the one before it, so that owner chains are walked while they change.
                var nft = NewNft(Id(i));
                nft.Owner = i % 3 == 0 ? Alice : Id(i - 1);
                table[nft.Id] = nft;
            }
        }

        stop.Cancel();
        reader.Join();
        escaped.ShouldBeNull();
        passes.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_batch_the_applying_thread_has_reached_is_not_read()
    {
        var batch = ParsedBatch(Enumerable.Range(0, 10).Select(i => Send(Id(i), Alice)));
        var table = new CountingTable { [Id(0)] = NewNft(Id(0)) };
        int before = table.Lookups;
        batch.MarkReached();
        StatePrefetch.Touch(table, batch);
        table.Lookups.ShouldBe(before);
        var fresh = ParsedBatch(Enumerable.Range(0, 10).Select(i => Send(Id(i), Alice)));
        StatePrefetch.Touch(table, fresh);
        table.Lookups.ShouldBe(before + 10);
    }

    private static ParseAhead.Batch ParsedBatch(IEnumerable<Remark> remarks)
    {
        var batch = ParseAhead.Batch.Source(remarks.ToList()).Next();
        batch.ParseChunks(new InteractionParser(new AddressCodec(2)));
        return batch;
    }

    private static Remark Send(string id, string recipient) =>
        new(10, Alice, "SEND", "2.0.0", $"RMRK::SEND::2.0.0::{id}::{recipient}");

    private static string Id(int i) => $"5-0aff6865bed3a66b-KANBIRD-KANL-{i:D8}";

    private static Nft NewNft(string id) => new()
    {
        Id = id,
        Block = 5,
        Collection = "0aff6865bed3a66b-KANBIRD",
        Symbol = "KANL",
        Transferable = 1,
        Sn = "00000001",
        Properties = new JsObject(),
        Owner = Alice,
    };

    /// <summary>A table that counts the lookups made through <see cref="Dictionary{TKey, TValue}.TryGetValue"/>'s comparer.</summary>
    private sealed class CountingTable() : Dictionary<string, Nft>(new CountingComparer())
    {
        public int Lookups => ((CountingComparer)Comparer).Hashes;
    }

    private sealed class CountingComparer : IEqualityComparer<string>
    {
        public int Hashes { get; private set; }

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj)
        {
            Hashes++;
            return StringComparer.Ordinal.GetHashCode(obj);
        }
    }
}
