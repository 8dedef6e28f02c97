namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// A database keeps the options it was built with, since they decide its state: a sync under other options is
/// refused with exit code 3, naming both sets as <c>rmrk status</c> shows them, and the database is left as it was.
/// </summary>
public sealed class OptionsMismatchTests : IDisposable
{
    private static readonly string Sample = Path.Combine(TestPaths.RepositoryRoot, "samples", "kanaria-5k.dump.json");

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_sync_under_other_options_is_refused_and_changes_nothing()
    {
        string db = _folder.File("db.sqlite");
        (await RmrkCli.Run("sync", "--source", Sample, "--db", db)).ExitCode.ShouldBe(0);
        string before = SyncHarness.Export(db);

        var (exitCode, _, errors) = await RmrkCli.Run("sync", "--source", Sample, "--db", db, "--ss58", "42", "--emit-emote-changes");

        exitCode.ShouldBe(3);
        errors.ShouldContain(
            $"error: {db}: the database was built with ss58 2, interaction changes off, emote changes off, "
            + "not ss58 42, interaction changes off, emote changes on; use another database or the same options");
        SyncHarness.Export(db).ShouldBe(before);
        (await RmrkCli.Run("status", "--db", db)).Output.ShouldContain("options:       ss58 2, interaction changes off, emote changes off");
    }

    public void Dispose() => _folder.Dispose();
}
