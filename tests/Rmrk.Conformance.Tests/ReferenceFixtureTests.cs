namespace Rmrk.Conformance.Tests;

/// <summary>The 105 cases captured from the reference's own test suite (../shared/rmrk-fixtures).</summary>
public class ReferenceFixtureTests
{
    public static TheoryData<string> Fixtures => FixtureSource.In(SharedPaths.RmrkFixtures);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Output_equals_the_reference(string fixture) =>
        FixtureRunner.AssertMatches(SharedPaths.RmrkFixtures, fixture);

    [Fact]
    public void All_reference_fixtures_are_found() => Fixtures.Count.ShouldBe(105);
}
