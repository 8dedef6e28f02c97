namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>Every statement of the SQLite store, as raw string literals, parameters only (no concatenation).</summary>
internal static class SqliteSql
{
    /// <summary>
    /// WAL with synchronous=NORMAL: a committed transaction survives the process being killed (the WAL is
    /// written before COMMIT returns; only an OS crash or power loss can lose the last commits, never corrupt).
    /// A checkpoint every 256 MB of WAL (instead of 4 MB) keeps a bulk sync from fsyncing the database file
    /// after every few thousand rows; 16 KB pages (new databases only) hold ~40 NFT rows each and measured ~25%
    /// less commit time than 4 KB ones. The page cache is 16 MB: commits insert in key order, so a B-tree path
    /// stays cached and evicted pages are re-read from the OS's cache. A 256 MB cache synced 1M remarks in the
    /// same time (5 alternating pairs: 12.5 s both) with a 240 MB higher peak (1.40 GB against 1.16 GB).
    /// </summary>
    public const string OpenPragmas = """
        PRAGMA page_size = 16384;
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -16384;
        PRAGMA wal_autocheckpoint = 16384;
        PRAGMA foreign_keys = OFF;
        PRAGMA threads = 0;
        """;

    public const string CreateSchemaVersion = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    public const string CurrentSchemaVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";

    public const string InsertSchemaVersion = """
        INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);
        """;

    public const string SelectSettings = "SELECT key, value FROM sync_meta;";

    public const string UpsertSetting = """
        INSERT INTO sync_meta (key, value) VALUES (@Key, @Value)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
        """;

    public const string SelectCursor = """
        SELECT block, hash, remarks, invalid_count, interaction_count, source_offset, source_offset_block FROM sync_cursor WHERE id = 1;
        """;

    public const string UpsertCursor = """
        INSERT INTO sync_cursor (id, block, hash, remarks, invalid_count, interaction_count, source_offset, source_offset_block)
        VALUES (1, @block, @hash, @remarks, @invalid_count, @interaction_count, @source_offset, @source_offset_block)
        ON CONFLICT (id) DO UPDATE SET
            block = excluded.block, hash = excluded.hash, remarks = excluded.remarks,
            invalid_count = excluded.invalid_count, interaction_count = excluded.interaction_count,
            source_offset = excluded.source_offset, source_offset_block = excluded.source_offset_block;
        """;

    // ------------------------------------------------------------------ collections

    public const string SelectCollections = "SELECT id, block, max, issuer, symbol, metadata, count FROM collections;";

    public const string UpsertCollection = """
        INSERT INTO collections (id, block, max, issuer, symbol, metadata, count)
        VALUES (@id, @block, @max, @issuer, @symbol, @metadata, @count)
        ON CONFLICT (id) DO UPDATE SET max = excluded.max, issuer = excluded.issuer, count = excluded.count;
        """;

    public const string DeleteCollection = "DELETE FROM collections WHERE id = @id;";

    public const string DeleteCollectionChanges = "DELETE FROM collection_changes WHERE collection_id = @owner_id;";

    public const string SelectCollectionChanges = """
        SELECT collection_id AS owner_id, position, field, old, new, caller, block, op_type, extra_transfers_json
        FROM collection_changes ORDER BY collection_id, position;
        """;

    public const string InsertCollectionChange = """
        INSERT INTO collection_changes (collection_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        VALUES (@owner_id, @position, @field, @old, @new, @caller, @block, @op_type, @extra_transfers_json);
        """;

    // ------------------------------------------------------------------ bases

    public const string SelectBases = """
        SELECT id, block, symbol, type, issuer, parts_json, themes_json, metadata_json FROM bases;
        """;

    public const string UpsertBase = """
        INSERT INTO bases (id, block, symbol, type, issuer, parts_json, themes_json, metadata_json)
        VALUES (@id, @block, @symbol, @type, @issuer, @parts_json, @themes_json, @metadata_json)
        ON CONFLICT (id) DO UPDATE SET
            issuer = excluded.issuer, parts_json = excluded.parts_json, themes_json = excluded.themes_json;
        """;

    public const string DeleteBaseChanges = "DELETE FROM base_changes WHERE base_id = @owner_id;";

    public const string SelectBaseChanges = """
        SELECT base_id AS owner_id, position, field, old, new, caller, block, op_type, extra_transfers_json
        FROM base_changes ORDER BY base_id, position;
        """;

    public const string InsertBaseChange = """
        INSERT INTO base_changes (base_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        VALUES (@owner_id, @position, @field, @old, @new, @caller, @block, @op_type, @extra_transfers_json);
        """;

    // ------------------------------------------------------------------ NFTs

    public const string SelectNfts = """
        SELECT id, block, collection, symbol, transferable, sn, metadata, owner, root_owner, for_sale, burned,
               has_equipped_field, pending, properties_json
        FROM nfts;
        """;

    public const string InsertNft = """
        INSERT INTO nfts (id, block, collection, symbol, transferable, sn, metadata, owner, root_owner, for_sale,
                          burned, has_equipped_field, pending, properties_json)
        VALUES (@id, @block, @collection, @symbol, @transferable, @sn, @metadata, @owner, @root_owner, @for_sale,
                @burned, @has_equipped_field, @pending, @properties_json);
        """;

    /// <summary>Only the fields a transition can change (the rest is fixed at MINT).</summary>
    public const string UpdateNft = """
        UPDATE nfts SET owner = @owner, root_owner = @root_owner, for_sale = @for_sale, burned = @burned,
                        has_equipped_field = @has_equipped_field, pending = @pending, properties_json = @properties_json
        WHERE id = @id;
        """;

    /// <summary><see cref="UpdateNft"/> for an NFT whose properties did not change: they are not written again.</summary>
    public const string UpdateNftKeepingProperties = """
        UPDATE nfts SET owner = @owner, root_owner = @root_owner, for_sale = @for_sale, burned = @burned,
                        has_equipped_field = @has_equipped_field, pending = @pending
        WHERE id = @id;
        """;

    public const string SelectChildren = """
        SELECT nft_id, position, child_id, pending, equipped FROM nft_children ORDER BY nft_id, position;
        """;

    public const string DeleteChildrenFrom = "DELETE FROM nft_children WHERE nft_id = @nft_id AND position >= @position;";

    public const string InsertChild = """
        INSERT INTO nft_children (nft_id, position, child_id, pending, equipped)
        VALUES (@nft_id, @position, @child_id, @pending, @equipped);
        """;

    public const string SelectResources = """
        SELECT nft_id, position, id_json, pending, base, metadata, parts_json, replace, slot, src, theme_json,
               theme_id_json, thumb
        FROM nft_resources ORDER BY nft_id, position;
        """;

    public const string DeleteResourcesFrom = "DELETE FROM nft_resources WHERE nft_id = @nft_id AND position >= @position;";

    public const string InsertResource = """
        INSERT INTO nft_resources (nft_id, position, id_json, pending, base, metadata, parts_json, replace, slot, src,
                                   theme_json, theme_id_json, thumb)
        VALUES (@nft_id, @position, @id_json, @pending, @base, @metadata, @parts_json, @replace, @slot, @src,
                @theme_json, @theme_id_json, @thumb);
        """;

    public const string SelectPriority = """
        SELECT nft_id, position, value_json FROM nft_priority ORDER BY nft_id, position;
        """;

    public const string DeletePriorityFrom = "DELETE FROM nft_priority WHERE nft_id = @nft_id AND position >= @position;";

    public const string InsertPriority = """
        INSERT INTO nft_priority (nft_id, position, value_json) VALUES (@nft_id, @position, @value_json);
        """;

    public const string SelectReactions = """
        SELECT nft_id, position, emoji, accounts_json FROM nft_reactions ORDER BY nft_id, position;
        """;

    public const string DeleteReactionsFrom = "DELETE FROM nft_reactions WHERE nft_id = @nft_id AND position >= @position;";

    public const string InsertReaction = """
        INSERT INTO nft_reactions (nft_id, position, emoji, accounts_json) VALUES (@nft_id, @position, @emoji, @accounts_json);
        """;

    public const string SelectNftChanges = """
        SELECT nft_id AS owner_id, position, field, old, new, caller, block, op_type, extra_transfers_json
        FROM nft_changes ORDER BY nft_id, position;
        """;

    /// <summary>Only for a history that shrank (never seen); during a bulk replay, without the key, a scan.</summary>
    public const string DeleteNftChanges = "DELETE FROM nft_changes WHERE nft_id = @owner_id;";

    public const string InsertNftChange = """
        INSERT INTO nft_changes (nft_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        VALUES (@owner_id, @position, @field, @old, @new, @caller, @block, @op_type, @extra_transfers_json);
        """;

    // ------------------------------------------------------------------ logs

    public const string SelectInvalid = "SELECT seq, block, caller, op_type, object_id, message FROM invalid ORDER BY seq;";

    public const string InsertInvalid = """
        INSERT INTO invalid (seq, block, caller, op_type, object_id, message)
        VALUES (@seq, @block, @caller, @op_type, @object_id, @message);
        """;

    public const string SelectInteractions = """
        SELECT seq, op_type, id, children_json, resources_json FROM interaction_changes ORDER BY seq;
        """;

    public const string InsertInteraction = """
        INSERT INTO interaction_changes (seq, op_type, id, children_json, resources_json)
        VALUES (@seq, @op_type, @id, @children_json, @resources_json);
        """;

    // ------------------------------------------------------------------ status

    public const string SelectCounts = """
        SELECT
            (SELECT COUNT(*) FROM nfts) AS nfts,
            (SELECT COUNT(*) FROM nfts WHERE burned <> '') AS burned_nfts,
            (SELECT COUNT(*) FROM nfts WHERE for_sale <> '0') AS listed_nfts,
            (SELECT COUNT(*) FROM collections) AS collections,
            (SELECT COUNT(*) FROM bases) AS bases,
            (SELECT COUNT(*) FROM nft_resources) AS resources,
            (SELECT COUNT(*) FROM nft_changes) + (SELECT COUNT(*) FROM collection_changes)
                + (SELECT COUNT(*) FROM base_changes) AS changes,
            (SELECT COUNT(*) FROM invalid) AS invalid,
            (SELECT COUNT(*) FROM interaction_changes) AS interactions;
        """;

    // ------------------------------------------------------------------ read indexes

    /// <summary>
    /// The indexes a bulk replay drops and builds again at its end: the owner index of migration 0003 (whose root
    /// owner index migration 0005 dropped) and the key of the NFT histories (migration 0004). While the key is
    /// dropped, nothing checks that a history position is written once; the store's own counts make it so (it
    /// appends past what it stored), and the build at the end would refuse a duplicate.
    /// </summary>
    public const string DropReadIndexes = """
        DROP INDEX IF EXISTS nfts_by_owner;
        DROP INDEX IF EXISTS nft_changes_key;
        """;

    /// <summary>The same definitions as migrations 0003 and 0004 (which keep their own text: they are history).</summary>
    public const string CreateReadIndexes = """
        CREATE INDEX IF NOT EXISTS nfts_by_owner ON nfts (owner, id);
        CREATE UNIQUE INDEX IF NOT EXISTS nft_changes_key ON nft_changes (nft_id, position);
        """;

    /// <summary>
    /// For building the read indexes after a bulk replay, the serial end of the run: SQLite sorts every row in
    /// runs sized by the page cache and spills them to temp storage. Small runs (a 2 MB cache), spilled to temp
    /// files rather than to memory and sorted by a second thread, took about a third off the build for a
    /// 1M-remark replay (alternating runs: 0.59-0.84 s against 0.99-1.05 s in a quiet hour, 0.86-0.91 s against
    /// 1.24-1.38 s in a busier one). <see cref="OpenPragmas"/> puts the usual settings back afterwards.
    /// </summary>
    public const string IndexBuildPragmas = """
        PRAGMA temp_store = DEFAULT;
        PRAGMA cache_size = -2000;
        PRAGMA threads = 2;
        """;

    /// <summary>
    /// Copies what the WAL holds into the database file, without waiting for readers or blocking the next writer.
    /// Run after each bulk commit (between <see cref="SqliteStateStore.SuspendReadIndexes"/> and
    /// <see cref="SqliteStateStore.RestoreReadIndexes"/>), on the writer thread that runs behind consolidation:
    /// left to the 256 MB automatic checkpoint, a 1M-remark replay's WAL held two or three batches, reading pages
    /// through it slowed the next commit and the final index build (0.87-1.03 s against 0.38-0.58 s in
    /// alternating runs), and the biggest copy fell on the serial end of the run.
    /// </summary>
    public const string PassiveCheckpoint = "PRAGMA wal_checkpoint(PASSIVE);";

    /// <summary>
    /// A bulk replay's commits go through a rollback journal instead of the WAL. In WAL mode every page a commit
    /// writes is written twice, into the WAL and then by the checkpoint into the database (a 1M-remark replay's two
    /// commits: 22,225 frames, 347 MiB, plus the same again copied out); through a rollback journal a new page is
    /// written once, and only the prior content of a rewritten page goes to the journal first. Alternating
    /// <c>rmrk sync</c> runs on the 1M dump, eight pairs: mean 6.92 s against 7.28 s, faster in seven, 0.35 s less
    /// system time. A kill stays safe (the journal rolls the interrupted commit back); TRUNCATE empties the journal
    /// at each commit instead of deleting the file.
    /// </summary>
    public const string BulkJournal = "PRAGMA journal_mode = TRUNCATE;";

    /// <summary>
    /// With the rollback journal, every commit synced whole: WAL with NORMAL cannot be corrupted by a power loss, a
    /// rollback journal needs FULL for that. (A reader that holds the file when a commit wants it is waited for:
    /// Microsoft.Data.Sqlite retries the COMMIT for its command timeout, and a page cache that cannot spill grows.)
    /// </summary>
    public const string BulkJournalPragmas = "PRAGMA synchronous = FULL;";

    public const string JournalMode = "PRAGMA journal_mode;";
}
