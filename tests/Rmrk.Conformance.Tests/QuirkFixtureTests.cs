namespace Rmrk.Conformance.Tests;

/// <summary>The reference's quirks pinned by hand-made cases (../shared/oracle/fixtures).</summary>
public class QuirkFixtureTests
{
    public static TheoryData<string> Fixtures => FixtureSource.In(SharedPaths.QuirkFixtures);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Output_equals_the_reference(string fixture) =>
        FixtureRunner.AssertMatches(SharedPaths.QuirkFixtures, fixture);

    [Fact]
    public void Quirk_fixtures_are_found() => Fixtures.Count.ShouldBeGreaterThanOrEqualTo(18);
}
