using System.Text;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// A remark dump whose JSON escapes lone surrogates (<c>\ud800</c>) in collection ids, NFT ids, symbols and
/// metadata: <c>JSON.parse</c> keeps them, so the reference's state holds them and its output writes them back.
/// A sync must keep them through the database, where UTF-8 would have turned each into U+FFFD.
/// </summary>
public class LoneSurrogateSyncTests
{
    [Fact]
    public void Sync_then_export_keeps_lone_surrogates_as_the_in_memory_consolidation_does()
    {
        string generated = GeneratedDumps.Get("lone-surrogates", 3000, format: "remarks");
        using var temp = new TempFolder();
        string dump = temp.File("dump.json");
        File.WriteAllBytes(dump, WithLoneSurrogates(File.ReadAllBytes(generated)));
        string db = temp.File("db.sqlite");

        var result = SyncHarness.SyncDump(db, dump, options: new SyncEngineOptions { BatchRemarks = 400 });

        result.InputError.ShouldBeNull();
        result.Commits.ShouldBeGreaterThan(3, "later commits rewrite rows the earlier ones stored, and load them back");
        string expected = SyncHarness.Consolidate(SyncHarness.ReadDump(dump));
        expected.ShouldContain("KAN\\ud800F", Case.Sensitive, "the NFT ids hold a lone high surrogate");
        expected.ShouldContain("KANBIRD\\udc00", Case.Sensitive, "the collection ids hold a lone low surrogate");
        SyncHarness.Export(db).ShouldBe(expected);
    }

    /// <summary>
    /// The same lone surrogate wherever a text occurs, so that later remarks still name the ids the earlier
    /// ones made: each is a JSON escape inside the dump's remark strings.
    /// </summary>
    private static byte[] WithLoneSurrogates(byte[] json)
    {
        string text = Encoding.UTF8.GetString(json)
            .Replace("KANBIRD", "KANBIRD\\udc00", StringComparison.Ordinal)
            .Replace("KANF", "KAN\\ud800F", StringComparison.Ordinal)
            .Replace("ipfs%3A%2F%2Fipfs", "ipfs%3A%2F%2F\\ud83dipfs", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }
}
