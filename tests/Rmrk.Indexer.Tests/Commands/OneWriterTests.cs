using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// Two syncs into one database would each commit from their own view of the state. The second one, another process
/// here, stops before it touches the file, with exit code 2 and a line saying why; once the first has ended, a sync
/// runs as usual.
/// </summary>
public sealed class OneWriterTests : IDisposable
{
    private static readonly string Sample = Path.Combine(TestPaths.RepositoryRoot, "samples", "kanaria-5k.dump.json");

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_sync_into_a_database_another_process_writes_stops_before_touching_it()
    {
        string db = _folder.File("db.sqlite");
        using (var other = SqliteStateStore.Open(db))
        {
            other.Migrate(TestContext.Current.CancellationToken);
            byte[] before = await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken);

            var (exitCode, _, errors) = await RmrkCli.Run("sync", "--source", Sample, "--db", db);

            exitCode.ShouldBe(2);
            errors.Trim().ShouldBe($"error: {db}: another rmrk sync is writing to it (it holds {db}-writer.lock); wait for that one to end or stop it");
            (await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken)).ShouldBe(before);
        }

        (await RmrkCli.Run("sync", "--source", Sample, "--db", db)).ExitCode.ShouldBe(0);
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(SyncHarness.ReadDump(Sample)));
    }

    public void Dispose() => _folder.Dispose();
}
