using Rmrk.Core.Rmrk1;
using Rmrk.Core.Rmrk1.Input;
using Rmrk.Core.Rmrk1.Output;

namespace Rmrk.Core.Tests.Rmrk1;

/// <summary>
/// Every 1.0 case whose expectation the reference (rmrk-tools 2.1.13, consolidate1.mjs) produced: the shared
/// hand-made fixtures, rmrk-tools' own upstream cases, the real Kusama dump and our spec-fixtures/rmrk1.
/// </summary>
public class Rmrk1ConformanceTests
{
    public static TheoryData<string> SharedFixtures() => Cases(Path.Combine(Rmrk1Paths.Data, "fixtures"));

    public static TheoryData<string> UpstreamFixtures() => Cases(Path.Combine(Rmrk1Paths.Data, "upstream"));

    public static TheoryData<string> SpecFixtures() => Cases(Rmrk1Paths.SpecFixtures);

    [Theory]
    [MemberData(nameof(SharedFixtures))]
    public void Shared_fixture_matches_the_reference(string name) =>
        Rmrk1Replay.AssertMatches(Path.Combine(Rmrk1Paths.Data, "fixtures", name));

    [Theory]
    [MemberData(nameof(UpstreamFixtures))]
    public void Upstream_fixture_matches_the_reference(string name) =>
        Rmrk1Replay.AssertMatches(Path.Combine(Rmrk1Paths.Data, "upstream", name));

    [Theory]
    [MemberData(nameof(SpecFixtures))]
    public void Spec_fixture_matches_the_reference(string name) =>
        Rmrk1Replay.AssertMatches(Path.Combine(Rmrk1Paths.SpecFixtures, name));

    [Fact]
    public void Kusama_dump_matches_the_reference() =>
        Rmrk1Replay.AssertMatches(Path.Combine(Rmrk1Paths.Data, "kusama-4892957-6630296.json"));

    [Fact]
    public void Compact_output_is_the_pretty_document_on_one_line()
    {
        string path = Path.Combine(Rmrk1Paths.Data, "fixtures", "send-rules.json");
        var input = Rmrk1Input.Parse(File.ReadAllText(path));
        var consolidator = new Rmrk1Consolidator(input.Options);
        consolidator.Consolidate(input.Remarks);

        string compact = Rmrk1StateWriter.Write(consolidator.State);
        string pretty = Rmrk1StateWriter.Write(consolidator.State, pretty: true);

        compact.ShouldEndWith("}\n");
        compact.TrimEnd('\n').ShouldNotContain("\n");
        System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(compact), System.Text.Json.Nodes.JsonNode.Parse(pretty)).ShouldBeTrue();
    }

    private static TheoryData<string> Cases(string dir)
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(dir))
        {
            return data;
        }

        var names = new List<string>();
        foreach (string file in Directory.EnumerateFiles(dir, "*.json"))
        {
            string name = Path.GetFileName(file);
            if (!name.EndsWith(".expected.json", StringComparison.Ordinal)
                && File.Exists(Path.ChangeExtension(file, null) + ".expected.json"))
            {
                names.Add(name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        foreach (string name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
