using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Tests.Storage;

/// <summary>The storage contract over a real SQLite file in a temp folder.</summary>
public sealed partial class SqliteStateStoreTests : StateStoreContract, IDisposable
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

        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        command.ExecuteScalar().ShouldBe("wal");
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        command.ExecuteScalar().ShouldBe((long)Rmrk.Indexer.Storage.Sqlite.SqliteMigrator.LatestVersion);
    }

    [Fact]
    public void Suspended_read_indexes_are_built_again_by_the_next_migrate()
    {
        string path = _folder.File("indexes.sqlite");
        using (var store = SqliteStateStore.Open(path))
        {
            store.Migrate(TestContext.Current.CancellationToken);
            ReadIndexes(path).ShouldBe(["nft_changes_key", "nfts_by_owner"]);
            store.SuspendReadIndexes();
            ReadIndexes(path).ShouldBeEmpty();

            // A bulk replay killed here leaves them dropped; the next one to open the store brings them back.
        }

        using (var store = SqliteStateStore.Open(path))
        {
            store.Migrate(TestContext.Current.CancellationToken);
        }

        ReadIndexes(path).ShouldBe(["nft_changes_key", "nfts_by_owner"]);
    }

    [Fact]
    public void After_a_failed_write_the_store_prepares_nothing_until_it_is_loaded_again()
    {
        string path = _folder.File("failing.sqlite");
        using var store = OpenEmpty(path);
        Execute(path, "CREATE TRIGGER refuse BEFORE INSERT ON sync_cursor BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
        var nft = TestNfts.Minted();
        var batch = new StateBatch([nft], [], [], [], [], [], new SyncCursor(1, null, 1, 0, 0));

        Should.Throw<Microsoft.Data.Sqlite.SqliteException>(() => store.Commit(batch)).Message.ShouldContain("simulated failure");

        // The store had counted the NFT as stored; preparing relative to that would skip its insert.
        Should.Throw<InvalidOperationException>(() => store.Prepare(batch));
        Execute(path, "DROP TRIGGER refuse");
        var state = new Rmrk2State();
        store.Load(state, includeLogs: false, TestContext.Current.CancellationToken);
        state.Nfts.ShouldBeEmpty("the failed transaction left nothing");
        store.Commit(batch);
        var reloaded = new Rmrk2State();
        store.Load(reloaded, includeLogs: false, TestContext.Current.CancellationToken);
        reloaded.Nfts.Keys.ShouldBe(["1-c-S-1"]);
    }

    [Fact]
    public void An_nft_row_is_rewritten_only_when_one_of_its_own_columns_changed()
    {
        string path = _folder.File("rows.sqlite");
        using var store = OpenEmpty(path);
        var nft = TestNfts.Minted();
        CommitAt(store, nft, 1);
        Execute(path, "CREATE TABLE row_updates (id TEXT); CREATE TRIGGER count_updates AFTER UPDATE ON nfts BEGIN INSERT INTO row_updates VALUES (new.id); END");

        // A history entry is a row of nft_changes, not of nfts.
        nft.Changes.Add(new Change("owner", "alice", "alice", "alice", 2, "SEND"));
        CommitAt(store, nft, 2);
        Count(path, "SELECT COUNT(*) FROM row_updates").ShouldBe(0);
        Count(path, "SELECT COUNT(*) FROM nft_changes").ShouldBe(1);

        nft.Owner = "bob";
        nft.RootOwner = "bob";
        CommitAt(store, nft, 3);
        Count(path, "SELECT COUNT(*) FROM row_updates").ShouldBe(1);

        // What a reload remembers of the row is what the file holds: an unchanged NFT is still not rewritten.
        var state = new Rmrk2State();
        store.Load(state, includeLogs: false, TestContext.Current.CancellationToken);
        var loaded = state.Nfts["1-c-S-1"];
        loaded.Owner.ShouldBe("bob");
        CommitAt(store, loaded, 4);
        Count(path, "SELECT COUNT(*) FROM row_updates").ShouldBe(1);
        loaded.ForSale = 5;
        CommitAt(store, loaded, 5);
        Count(path, "SELECT COUNT(*) FROM row_updates").ShouldBe(2);
        Count(path, "SELECT COUNT(*) FROM nfts WHERE owner = 'bob' AND for_sale = '5'").ShouldBe(1);
    }

    [Fact]
    public void A_changed_set_is_rewritten_from_its_first_changed_entry_only()
    {
        string path = _folder.File("sets.sqlite");
        using var store = OpenEmpty(path);
        var nft = TestNfts.Minted();
        nft.Children.Add(new NftChild("2-c-S-2", pending: false));
        nft.Children.Add(new NftChild("3-c-S-3", pending: true));
        nft.Resources.Add(new Resource { Id = new JsString("r1") });
        nft.Resources.Add(new Resource { Id = new JsString("r2"), Pending = true });
        CommitAt(store, nft, 1);
        Execute(path, """
            CREATE TABLE writes (tbl TEXT, op TEXT, position INTEGER);
            CREATE TRIGGER child_insert AFTER INSERT ON nft_children BEGIN INSERT INTO writes VALUES ('children', 'insert', new.position); END;
            CREATE TRIGGER child_delete AFTER DELETE ON nft_children BEGIN INSERT INTO writes VALUES ('children', 'delete', old.position); END;
            CREATE TRIGGER resource_insert AFTER INSERT ON nft_resources BEGIN INSERT INTO writes VALUES ('resources', 'insert', new.position); END;
            CREATE TRIGGER resource_delete AFTER DELETE ON nft_resources BEGIN INSERT INTO writes VALUES ('resources', 'delete', old.position); END;
            """);

        // A child sent in and a resource accepted: one row each.
        nft.Children.Add(new NftChild("4-c-S-4", pending: false));
        nft.Resources[1].Pending = false;
        CommitAt(store, nft, 2);
        Writes(path).ShouldBe(["children insert 2", "resources delete 1", "resources insert 1"]);

        // A child that leaves from the middle: the rows after it move up.
        Execute(path, "DELETE FROM writes");
        nft.Children.RemoveAt(0);
        CommitAt(store, nft, 3);
        Writes(path).ShouldBe(["children delete 0", "children delete 1", "children delete 2", "children insert 0", "children insert 1"]);

        var state = new Rmrk2State();
        store.Load(state, includeLogs: false, TestContext.Current.CancellationToken);
        var loaded = state.Nfts[nft.Id];
        loaded.Children.Select(c => (c.Id, c.Pending)).ShouldBe([("3-c-S-3", true), ("4-c-S-4", false)]);
        loaded.Resources.Select(r => r.Pending).ShouldBe([false, false]);
    }

    [Fact]
    public void Histories_written_before_version_4_are_kept_in_order_and_keyed()
    {
        string path = _folder.File("v3.sqlite");
        using (var connection = Connect(path))
        {
            SqliteMigrator.Migrate(connection, TestContext.Current.CancellationToken, target: 3);
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO nfts (id, block, collection, symbol, transferable, sn, metadata, owner, root_owner, for_sale, burned, has_equipped_field, pending, properties_json)
                VALUES ('1-c-S-1', 1, 'c', 'S', 1, '1', NULL, 'carol', 'carol', '0', '', 0, 0, '{}');
                INSERT INTO nft_changes VALUES ('1-c-S-1', 1, 'owner', 'bob', 'carol', 'bob', 3, 'SEND', NULL);
                INSERT INTO nft_changes VALUES ('1-c-S-1', 0, 'owner', 'alice', 'bob', 'alice', 2, 'SEND', NULL);
                INSERT INTO sync_cursor (id, block, hash, remarks, invalid_count, interaction_count) VALUES (1, 3, NULL, 3, 0, 0);
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteStateStore.Open(path);
        store.Migrate(TestContext.Current.CancellationToken);
        store.SchemaVersion.ShouldBe(SqliteMigrator.LatestVersion);
        var state = new Rmrk2State();
        store.Load(state, includeLogs: false, TestContext.Current.CancellationToken);
        state.Nfts["1-c-S-1"].Changes.Select(c => c.New).ShouldBe(["bob", "carol"]);
        ReadIndexes(path).ShouldContain("nft_changes_key");
        Should.Throw<Microsoft.Data.Sqlite.SqliteException>(() => Execute(path, "INSERT INTO nft_changes VALUES ('1-c-S-1', 0, 'owner', 'x', 'y', 'x', 4, 'SEND', NULL)"))
            .Message.ShouldContain("UNIQUE");
    }

    [Fact]
    public void Version_5_drops_the_root_owner_index_no_query_reads()
    {
        string path = _folder.File("v4.sqlite");
        using (var connection = Connect(path))
        {
            SqliteMigrator.Migrate(connection, TestContext.Current.CancellationToken, target: 4);
        }

        ReadIndexes(path).ShouldBe(["nft_changes_key", "nfts_by_owner", "nfts_by_root_owner"]);
        using var store = SqliteStateStore.Open(path);
        store.Migrate(TestContext.Current.CancellationToken);
        store.SchemaVersion.ShouldBe(SqliteMigrator.LatestVersion);
        ReadIndexes(path).ShouldBe(["nft_changes_key", "nfts_by_owner"]);
    }

    private static List<string> Writes(string path) =>
        Texts(path, "SELECT tbl || ' ' || op || ' ' || position FROM writes ORDER BY rowid");

    [Fact]
    public void A_loaded_state_shares_repeated_texts_and_points_owners_at_the_stored_nft()
    {
        string path = _folder.File("shared.sqlite");
        using var store = OpenEmpty(path);
        var parent = TestNfts.Minted();
        parent.Changes.Add(new Change("forsale", "0", "5", "alice", 1, "LIST"));
        var child = new Nft { Id = "2-c-S-2", Block = 2, Collection = "c", Symbol = "S", Transferable = 1, Sn = "2", Owner = parent.Id, RootOwner = "alice", Properties = new JsObject() };
        child.Changes.Add(new Change("owner", "alice", parent.Id, "alice", 2, "SEND"));
        parent.Children.Add(new NftChild(child.Id, pending: false));
        store.Commit(new StateBatch([parent, child], [], [], [], [], [], new SyncCursor(2, null, 2, 0, 0)));

        var state = new Rmrk2State();
        store.Load(state, includeLogs: false, TestContext.Current.CancellationToken);

        // Each row read brings its own copy of every text; the loaded state keeps one of each, as a replay does.
        var p = state.Nfts[parent.Id];
        var c = state.Nfts[child.Id];
        c.Owner.ShouldBeSameAs(p.Id);
        p.Children.Single().Id.ShouldBeSameAs(c.Id);
        c.RootOwner.ShouldBeSameAs(p.Owner);
        p.RootOwner.ShouldBeSameAs(p.Owner);
        p.Changes.Single().Caller.ShouldBeSameAs(p.Owner);
        c.Changes.Single().Old.ShouldBeSameAs(p.Owner);
        c.Collection.ShouldBeSameAs(p.Collection);
        c.Symbol.ShouldBeSameAs(p.Symbol);
    }

    /// <summary>A new store at the path, migrated and loaded (empty), ready to commit.</summary>
    private static SqliteStateStore OpenEmpty(string path)
    {
        var store = SqliteStateStore.Open(path);
        store.Migrate(TestContext.Current.CancellationToken);
        store.Load(new Rmrk2State(), includeLogs: false, TestContext.Current.CancellationToken);
        return store;
    }

    /// <summary>Commits one NFT as block <paramref name="block"/>'s whole batch.</summary>
    private static void CommitAt(SqliteStateStore store, Nft nft, long block) =>
        store.Commit(new StateBatch([nft], [], [], [], [], [], new SyncCursor(block, null, block, 0, 0)));

    /// <summary>A second connection to the file, as another process would open it (read-only: as the API does).</summary>
    private static Microsoft.Data.Sqlite.SqliteConnection Connect(string path, bool readOnly = false)
    {
        string mode = readOnly ? ";Mode=ReadOnly" : string.Empty;
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}{mode};Pooling=False");
        connection.Open();
        return connection;
    }

    private static long Count(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>How many of the database's pages are past the end of its file, so far written only to the WAL.</summary>
    private static long PagesOnlyInWal(string path)
    {
        long pages = Count(path, "PRAGMA page_count");
        long pageSize = Count(path, "PRAGMA page_size");
        return pages - (new FileInfo(path).Length / pageSize);
    }

    /// <summary>The names of the read API's indexes on the nfts table that exist in the file.</summary>
    public static List<string> ReadIndexes(string path) =>
        Texts(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND (name LIKE 'nfts_by_%' OR name = 'nft_changes_key') ORDER BY name");

    /// <summary>The first column of every row the query returns.</summary>
    private static List<string> Texts(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var texts = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    public void Dispose() => _folder.Dispose();
}
