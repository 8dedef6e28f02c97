using Microsoft.Data.Sqlite;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests.Storage;

/// <summary>
/// Opening a database file that is not simply there and sound. A path that cannot be used fails with
/// <see cref="StoreOpenException"/>, naming the path and what is wrong, and leaves nothing behind. What a process
/// killed while writing leaves is what readers and the next writer must cope with; a kill is simulated by copying
/// the files while a transaction is open, which is exactly what the disk would hold.
/// </summary>
public sealed class SqliteOpeningTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_new_database_appears_under_its_name_only_once_it_is_in_wal_mode()
    {
        string path = _folder.File("new.sqlite");

        // A creation killed earlier left its half-made file and journal beside the name.
        File.WriteAllText(path + ".creating", "half-made");
        File.WriteAllText(path + ".creating-journal", "half-made");

        using (SqliteStateStore.Open(path))
        {
            Directory.GetFiles(_folder.Path, "new.sqlite.creating*").ShouldBeEmpty();
        }

        byte[] header = File.ReadAllBytes(path)[..100];
        (header[18], header[19]).ShouldBe(((byte)2, (byte)2), "file format 2 on both bytes is WAL mode");
        ((header[16] << 8) | header[17]).ShouldBe(16384, "the page size is set before the first write");
    }

    [Fact]
    public void A_hot_journal_is_explained_to_read_only_openers_and_rolled_back_by_the_next_writer()
    {
        string path = _folder.File("hot.sqlite");
        HotJournal.Leave(path, _folder.Path, SqliteSql.CreateSchemaVersion + "CREATE TABLE committed (x); INSERT INTO committed VALUES (1);");

        var failure = Should.Throw<StoreOpenException>(() => SqliteStateStore.OpenReadOnly(path));
        failure.Message.ShouldContain(path);
        failure.Message.ShouldContain("rmrk sync");

        using (var store = SqliteStateStore.Open(path))
        {
            store.Migrate(TestContext.Current.CancellationToken);
        }

        using (var store = SqliteStateStore.OpenReadOnly(path))
        {
            store.ReadCursor().ShouldBeNull();
        }

        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM committed";
        command.ExecuteScalar().ShouldBe(1L, "the committed row survives");
        command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE name = '{HotJournal.InterruptedTable}'";
        command.ExecuteScalar().ShouldBe(0L, "the interrupted transaction is gone");
    }

    [Fact]
    public void A_database_written_by_something_else_is_refused_by_writers_and_readers_and_left_as_it_was()
    {
        string path = _folder.File("other-app.sqlite");
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE accounts (id, balance); INSERT INTO accounts VALUES (1, 100);";
            command.ExecuteNonQuery();
        }

        byte[] before = File.ReadAllBytes(path);

        Should.Throw<StoreOpenException>(() => SqliteStateStore.Open(path))
            .Message.ShouldBe($"{path}: an SQLite database that rmrk did not write (tables accounts, no schema_version); give it a file of its own");

        Should.Throw<StoreOpenException>(() => SqliteStateStore.OpenReadOnly(path)).Message.ShouldContain("rmrk did not write");
        File.ReadAllBytes(path).ShouldBe(before, "not switched to WAL, no tables added");
        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }

    [Fact]
    public void A_directory_is_not_opened_as_a_database()
    {
        var failure = Should.Throw<StoreOpenException>(() => SqliteStateStore.Open(_folder.Path));
        failure.Message.ShouldBe($"{_folder.Path}: is a directory, not a database file");
        File.Exists(_folder.Path + ".creating").ShouldBeFalse();
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        string path = Path.Combine(_folder.Path, "missing", "db.sqlite");
        var failure = Should.Throw<StoreOpenException>(() => SqliteStateStore.Open(path));
        failure.Message.ShouldBe($"{path}: the folder {Path.Combine(_folder.Path, "missing")} does not exist");
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_and_left_as_it_was()
    {
        string path = _folder.File("notes.txt");
        File.WriteAllText(path, "not a database\n");

        Should.Throw<StoreOpenException>(() => SqliteStateStore.Open(path))
            .Message.ShouldBe($"{path}: cannot open the database: it is not an SQLite database");
        Should.Throw<StoreOpenException>(() => SqliteStateStore.OpenReadOnly(path))
            .Message.ShouldBe($"{path}: cannot open the database: it is not an SQLite database");

        File.ReadAllText(path).ShouldBe("not a database\n");
        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }

    [Fact]
    public void A_database_has_one_writer_at_a_time_and_readers_beside_it()
    {
        string path = _folder.File("shared.sqlite");
        using (var writer = SqliteStateStore.Open(path))
        {
            writer.Migrate(TestContext.Current.CancellationToken);

            Should.Throw<StoreOpenException>(() => SqliteStateStore.Open(path)).Message
                .ShouldBe($"{path}: another rmrk sync is writing to it (it holds {path}-writer.lock); wait for that one to end or stop it");
            using var reader = SqliteStateStore.OpenReadOnly(path);
            reader.ReadCursor().ShouldBeNull();
        }

        using var next = SqliteStateStore.Open(path);
        next.ReadCursor().ShouldBeNull();
    }

    public void Dispose() => _folder.Dispose();
}
