using System.IO.Compression;
using System.Text;
using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// Generated Kanaria-shaped dumps (the reference's generator), synced into real SQLite files: the export equals
/// the in-memory consolidation, whether synced in one run, in two halves, re-run, or read as NDJSON or gzip.
/// </summary>
public class GeneratedStreamSyncTests
{
    private const int Count = 4000;

    /// <summary>
    /// Batches of 700 remarks, each a bulk batch (read indexes dropped until the end): with write-behind, each
    /// is written while the next is consolidated.
    /// </summary>
    [Theory]
    [InlineData("sync-a", true)]
    [InlineData("sync-a", false)]
    [InlineData("sync-b", true)]
    public void Sync_then_export_equals_the_in_memory_consolidation(string seed, bool writeBehind)
    {
        string dump = GeneratedDumps.Get(seed, Count);
        using var temp = new TempFolder();
        string db = temp.File("db.sqlite");
        var result = SyncHarness.SyncDump(db, dump, options: new SyncEngineOptions { BatchRemarks = 700, WriteBehind = writeBehind, BulkRemarks = 600 });
        result.Commits.ShouldBeGreaterThan(4);
        Storage.SqliteStateStoreTests.ReadIndexes(db).ShouldBe(["nft_changes_key", "nfts_by_owner"], "the bulk batches dropped them; the end of the run builds them");
        result.InputError.ShouldBeNull();
        result.RemarksApplied.ShouldBe(Count);
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(SyncHarness.ReadDump(dump)));
    }

    [Fact]
    public void A_resumed_sync_of_a_plain_dump_seeks_past_what_is_committed()
    {
        string dump = GeneratedDumps.Get("sync-a", Count);
        byte[] bytes = File.ReadAllBytes(dump);
        using var temp = new TempFolder();
        string db = temp.File("db.sqlite");
        string half = temp.File("half.json");
        File.WriteAllBytes(half, bytes.AsSpan(0, bytes.Length / 2).ToArray());
        var first = SyncHarness.SyncDump(db, half);
        first.InputError.ShouldNotBeNull("the half ends inside an element");
        using (var store = SqliteStateStore.OpenReadOnly(db))
        {
            store.ReadCursor()!.ResumeAt.ShouldNotBeNull();
        }

        // The same dump with its first element broken, in place (the offsets stay): only a sync that reads the
        // committed part again meets it.
        string damaged = temp.File("damaged.json");
        File.WriteAllBytes(damaged, Damaged(bytes));
        string damagedCopy = temp.File("copy.sqlite");
        File.Copy(db, damagedCopy);

        var resumed = SyncHarness.SyncDump(db, damaged);
        resumed.InputError.ShouldBeNull();
        resumed.BlocksSkipped.ShouldBe(1, "it starts at the last committed block with remarks");
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(SyncHarness.ReadDump(dump)));

        string compressed = temp.File("damaged.json.gz");
        using (var gzip = new GZipStream(File.Create(compressed), CompressionLevel.Fastest))
        {
            gzip.Write(Damaged(bytes));
        }

        var fromStart = SyncHarness.SyncDump(damagedCopy, compressed);
        fromStart.InputError.ShouldNotBeNull("a compressed dump cannot seek, so it is read from its start");
        fromStart.InputError.ShouldContain("malformed JSON");
    }

    private static byte[] Damaged(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        int calls = copy.AsSpan().IndexOf("\"calls\":["u8);
        copy[calls + "\"calls\":".Length] = (byte)'!';
        return copy;
    }

    [Fact]
    public void Sync_in_two_halves_equals_sync_in_one()
    {
        string dump = GeneratedDumps.Get("sync-a", Count);
        var blocks = SyncHarness.ReadDump(dump);
        using var temp = new TempFolder();
        string one = temp.File("one.sqlite");
        SyncHarness.Sync(one, new MemoryBlockSource(blocks));

        string halves = temp.File("halves.sqlite");
        var first = SyncHarness.Sync(halves, new MemoryBlockSource([.. blocks.Take(blocks.Count / 2)]));
        var second = SyncHarness.Sync(halves, new MemoryBlockSource(blocks));
        second.BlocksSkipped.ShouldBe(blocks.Count / 2);
        (first.RemarksApplied + second.RemarksApplied).ShouldBe(Count);

        SyncHarness.Export(halves).ShouldBe(SyncHarness.Export(one));
    }

    [Fact]
    public void Re_running_on_the_same_input_changes_nothing()
    {
        string dump = GeneratedDumps.Get("sync-a", Count);
        using var temp = new TempFolder();
        string db = temp.File("db.sqlite");
        SyncHarness.SyncDump(db, dump);
        string before = SyncHarness.Export(db);

        var again = SyncHarness.SyncDump(db, dump);

        again.BlocksApplied.ShouldBe(0);
        again.RemarksApplied.ShouldBe(0);
        again.Commits.ShouldBe(0);
        again.LoadTime.ShouldBe(TimeSpan.Zero, "nothing past the cursor: the state is not even loaded");
        SyncHarness.Export(db).ShouldBe(before);
    }

    [Fact]
    public void Ndjson_and_gzip_dumps_give_the_same_state()
    {
        string dump = GeneratedDumps.Get("sync-b", Count);
        using var temp = new TempFolder();
        string ndjson = temp.File("dump.ndjson");
        File.WriteAllLines(ndjson, File.ReadLines(dump).Where(l => l.StartsWith('{')).Select(l => l.TrimEnd(',')), new UTF8Encoding(false));
        string gzip = temp.File("dump.json.gz");
        using (var input = File.OpenRead(dump))
        using (var output = new GZipStream(File.Create(gzip), CompressionLevel.Fastest))
        {
            input.CopyTo(output);
        }

        string expected = SyncHarness.Consolidate(SyncHarness.ReadDump(dump));
        foreach (string source in new[] { ndjson, gzip })
        {
            string db = temp.File(Path.GetFileName(source) + ".sqlite");
            SyncHarness.SyncDump(db, source).InputError.ShouldBeNull();
            SyncHarness.Export(db).ShouldBe(expected, source);
        }
    }

    [Fact]
    public void A_truncated_dump_keeps_what_came_before_and_the_full_dump_resumes()
    {
        string dump = GeneratedDumps.Get("sync-b", Count);
        byte[] bytes = File.ReadAllBytes(dump);
        using var temp = new TempFolder();
        string truncated = temp.File("truncated.json");
        File.WriteAllBytes(truncated, bytes.AsSpan(0, bytes.Length * 3 / 5).ToArray());
        string db = temp.File("db.sqlite");

        var partial = SyncHarness.SyncDump(db, truncated);

        partial.InputError.ShouldNotBeNull();
        partial.InputError.ShouldContain("truncated");
        partial.InputError.ShouldStartWith("byte ");
        partial.End.ShouldNotBeNull();
        var resumed = SyncHarness.SyncDump(db, dump);
        resumed.InputError.ShouldBeNull();
        resumed.BlocksSkipped.ShouldBeGreaterThan(0);
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(SyncHarness.ReadDump(dump)));
    }
}
