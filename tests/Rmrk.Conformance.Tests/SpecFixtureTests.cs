namespace Rmrk.Conformance.Tests;

/// <summary>
/// Our own cases (spec-fixtures/rmrk2): a valid and an invalid case for every 2.0.0 interaction plus the quirks
/// of rmrk2-semantics.md §8 the shared fixtures do not cover. Expected outputs come from the reference.
/// </summary>
public class SpecFixtureTests
{
    public static TheoryData<string> Fixtures => FixtureSource.In(SharedPaths.SpecFixturesRmrk2);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Output_equals_the_reference(string fixture) =>
        FixtureRunner.AssertMatches(SharedPaths.SpecFixturesRmrk2, fixture);

    [Fact]
    public void Spec_fixtures_are_found() => Fixtures.Count.ShouldBeGreaterThanOrEqualTo(48);

    [Theory]
    [InlineData("CREATE")]
    [InlineData("MINT")]
    [InlineData("SEND")]
    [InlineData("BURN")]
    [InlineData("LIST")]
    [InlineData("BUY")]
    [InlineData("ACCEPT")]
    [InlineData("RESADD")]
    [InlineData("SETPRIORITY")]
    [InlineData("SETPROPERTY")]
    [InlineData("BASE")]
    [InlineData("EQUIPPABLE")]
    [InlineData("THEMEADD")]
    [InlineData("EQUIP")]
    [InlineData("CHANGEISSUER")]
    [InlineData("LOCK")]
    [InlineData("DESTROY")]
    [InlineData("EMOTE")]
    public void Every_interaction_has_a_valid_and_an_invalid_case(string op)
    {
        string stem = op.ToLowerInvariant();
        File.Exists(Path.Combine(SharedPaths.SpecFixturesRmrk2, $"{stem}--valid.expected.json")).ShouldBeTrue($"{stem}--valid");
        File.Exists(Path.Combine(SharedPaths.SpecFixturesRmrk2, $"{stem}--invalid.expected.json")).ShouldBeTrue($"{stem}--invalid");
    }
}
