using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Input;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// Every reference fixture and quirk fixture, synced into a real SQLite file and exported: the export must be
/// the reference's expected output byte for byte. Each fixture is synced twice — in one run, and block by
/// block with a commit after every block in a fresh process-like store per block — so every entity goes
/// through the store between remarks. The first run takes the remarks parsed ahead by a
/// <see cref="ParsingBlockSource"/>, as <c>rmrk sync</c> does; the second lets the consolidator parse them.
/// </summary>
public class FixtureSyncTests
{
    public static TheoryData<string> ReferenceFixtures => FixtureFiles(TestPaths.RmrkFixtures);

    /// <summary>The quirk fixtures a chain can carry; <see cref="s_notAChain"/> lists the others and why.</summary>
    public static TheoryData<string> QuirkFixtures => FixtureFiles(TestPaths.QuirkFixtures, s_notAChain);

    [Fact]
    public void All_reference_fixtures_are_found() => ReferenceFixtures.Count.ShouldBe(105);

    [Theory]
    [MemberData(nameof(ReferenceFixtures))]
    public void Sync_then_export_equals_the_reference(string fixture) => AssertSyncMatches(TestPaths.RmrkFixtures, fixture);

    [Theory]
    [MemberData(nameof(QuirkFixtures))]
    public void Sync_then_export_equals_the_reference_on_quirks(string fixture) => AssertSyncMatches(TestPaths.QuirkFixtures, fixture);

    /// <summary>Fixtures a sync cannot take, with the reason (the in-memory engine still replays them).</summary>
    private static readonly Dictionary<string, string> s_notAChain = new(StringComparer.Ordinal)
    {
        ["quirk--transferable-windows.json"] = "replays remarks out of block order (…, 10, 6, 11, …); a chain never does and sync requires ascending blocks",
    };

    [Fact]
    public void A_source_whose_blocks_do_not_ascend_stops_with_an_input_error()
    {
        var input = ConsolidationInputReader.ReadFile(Path.Combine(TestPaths.QuirkFixtures, "quirk--transferable-windows.json"));
        using var temp = new TempFolder();
        var result = SyncHarness.Sync(temp.File("db.sqlite"), MemoryBlockSource.From(input, 2));
        result.InputError.ShouldBe("block 6 comes after block 10: blocks must ascend");
        result.End!.Block.ShouldBe(10);
    }

    private static void AssertSyncMatches(string folder, string fixture)
    {
        string path = Path.Combine(folder, fixture);
        string expected = File.ReadAllText(Path.ChangeExtension(path, null) + ".expected.json");
        var input = ConsolidationInputReader.ReadFile(path);
        var fixtureOptions = input.Options;
        var settings = new SyncSettings(
            fixtureOptions.HasSs58Format ? fixtureOptions.Ss58Format : 2,
            fixtureOptions.EmitInteractionChanges,
            fixtureOptions.EmitEmoteChanges);
        var blocks = MemoryBlockSource.From(input, settings.ExtractionSs58Prefix).Blocks;
        using var temp = new TempFolder();

        string once = temp.File("once.sqlite");
        SyncHarness.Sync(once, new ParsingBlockSource(new MemoryBlockSource(blocks), settings.ToConsolidatorOptions()), settings);
        SyncHarness.Export(once, pretty: true).ShouldBe(expected, $"{fixture}: one run");

        // One run per block: each run loads the state the previous ones stored.
        string perBlock = temp.File("per-block.sqlite");
        for (int i = 0; i < blocks.Count; i++)
        {
            SyncHarness.Sync(perBlock, new MemoryBlockSource([.. blocks.Take(i + 1)]), settings, new SyncEngineOptions { BatchRemarks = 1 });
        }

        SyncHarness.Export(perBlock, pretty: true).ShouldBe(expected, $"{fixture}: one run per block");
    }

    private static TheoryData<string> FixtureFiles(string folder, Dictionary<string, string>? excluded = null)
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(folder))
        {
            return data;
        }

        foreach (string path in Directory.GetFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            if (!path.EndsWith(".expected.json", StringComparison.Ordinal) && File.Exists(Path.ChangeExtension(path, null) + ".expected.json")
                && excluded?.ContainsKey(Path.GetFileName(path)) != true)
            {
                data.Add(Path.GetFileName(path));
            }
        }

        return data;
    }
}
