using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Tests.Storage;

/// <summary>The storage contract over a real SQLite file in a temp folder.</summary>
public sealed class SqliteStateStoreTests : StateStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override IStateStore OpenStore(string name) => SqliteStateStore.Open(_folder.File(name + ".sqlite"));

    [Fact]
    public void The_database_is_in_wal_mode_and_versioned()
    {
        string path = _folder.File("wal.sqlite");
        using (var store = SqliteStateStore.Open(path))
        {
            store.Migrate(TestContext.Current.CancellationToken);
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        command.ExecuteScalar().ShouldBe("wal");
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        command.ExecuteScalar().ShouldBe((long)Rmrk.Indexer.Storage.Sqlite.SqliteMigrator.LatestVersion);
    }

    public void Dispose() => _folder.Dispose();
}
