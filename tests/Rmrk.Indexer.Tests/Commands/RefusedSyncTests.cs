using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// The two databases a sync must not write to, and leaves as they were:
/// <list type="bullet">
/// <item>one built under other options, which decide its state: exit code 3, naming both sets as <c>rmrk status</c>
/// shows them;</item>
/// <item>one another process is writing: two syncs would each commit from their own view of the state, so the second
/// stops before it touches the file, with exit code 2; once the first has ended, a sync runs as usual.</item>
/// </list>
/// </summary>
public sealed class RefusedSyncTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_sync_under_other_options_is_refused_and_changes_nothing()
    {
        string db = _folder.File("db.sqlite");
        (await RmrkCli.Run("sync", "--source", TestPaths.SampleDump, "--db", db)).ExitCode.ShouldBe(0);
        string before = SyncHarness.Export(db);

        var (exitCode, _, errors) = await RmrkCli.Run("sync", "--source", TestPaths.SampleDump, "--db", db, "--ss58", "42", "--emit-emote-changes");

        exitCode.ShouldBe(3);
        errors.ShouldContain(
            $"error: {db}: the database was built with ss58 2, interaction changes off, emote changes off, "
            + "not ss58 42, interaction changes off, emote changes on; use another database or the same options");
        SyncHarness.Export(db).ShouldBe(before);
        (await RmrkCli.Run("status", "--db", db)).Output.ShouldContain("options:       ss58 2, interaction changes off, emote changes off");
    }

    [Fact]
    public async Task A_sync_into_a_database_another_process_writes_stops_before_touching_it()
    {
        string db = _folder.File("db.sqlite");
        using (var other = SqliteStateStore.Open(db))
        {
            other.Migrate(TestContext.Current.CancellationToken);
            byte[] before = await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken);

            var (exitCode, _, errors) = await RmrkCli.Run("sync", "--source", TestPaths.SampleDump, "--db", db);

            exitCode.ShouldBe(2);
            errors.Trim().ShouldBe($"error: {db}: another rmrk sync is writing to it (it holds {db}-writer.lock); wait for that one to end or stop it");
            (await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken)).ShouldBe(before);
        }

        (await RmrkCli.Run("sync", "--source", TestPaths.SampleDump, "--db", db)).ExitCode.ShouldBe(0);
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(SyncHarness.ReadDump(TestPaths.SampleDump)));
    }

    public void Dispose() => _folder.Dispose();
}
