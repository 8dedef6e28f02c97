namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// The undo journal's statements (migration 0002): per entity table, copy an entity's rows into its
/// <c>undo_</c> twin, delete a journaled block's touched entities, restore their saved rows, drop saved rows.
/// </summary>
/// <remarks>
/// An id comes as its <see cref="Text.Wtf8"/> bytes, bound as a blob and cast to text, so that it equals the
/// stored id byte for byte even when it holds a lone surrogate (a text parameter would be bound as UTF-8).
/// </remarks>
internal static class SqliteUndoSql
{
    public const string InsertBlock = """
        INSERT INTO undo_blocks (block, hash, prev_block, prev_hash, prev_remarks, prev_invalid_count, prev_interaction_count)
        VALUES (@block, @hash, @prev_block, @prev_hash, @prev_remarks, @prev_invalid_count, @prev_interaction_count);
        """;

    public const string SelectBlocks = """
        SELECT block, hash, prev_block, prev_hash, prev_remarks, prev_invalid_count, prev_interaction_count
        FROM undo_blocks ORDER BY block;
        """;

    public const string SelectBlock = """
        SELECT block, hash, prev_block, prev_hash, prev_remarks, prev_invalid_count, prev_interaction_count
        FROM undo_blocks WHERE block = @block;
        """;

    public const string InsertTouched = "INSERT INTO undo_touched (block, kind, id) VALUES (@block, @kind, CAST(@id AS TEXT));";

    public const string DeleteCursor = "DELETE FROM sync_cursor;";

    public const string TruncateInvalid = "DELETE FROM invalid WHERE seq >= @seq;";

    public const string TruncateInteractions = "DELETE FROM interaction_changes WHERE seq >= @seq;";

    public const string DeleteBlock = """
        DELETE FROM undo_touched WHERE block = @block;
        DELETE FROM undo_blocks WHERE block = @block;
        """;

    public const string PruneBlocks = """
        DELETE FROM undo_touched WHERE block <= @block;
        DELETE FROM undo_blocks WHERE block <= @block;
        """;

    public const string SaveNfts = """
        INSERT INTO undo_nfts (undo_block, id, block, collection, symbol, transferable, sn, metadata, owner, root_owner, for_sale, burned, has_equipped_field, pending, properties_json)
        SELECT @block, id, block, collection, symbol, transferable, sn, metadata, owner, root_owner, for_sale, burned, has_equipped_field, pending, properties_json FROM nfts WHERE id = CAST(@id AS TEXT);
        """;

    public const string RestoreNfts = """
        DELETE FROM nfts WHERE id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'nft');
        INSERT INTO nfts (id, block, collection, symbol, transferable, sn, metadata, owner, root_owner, for_sale, burned, has_equipped_field, pending, properties_json)
        SELECT id, block, collection, symbol, transferable, sn, metadata, owner, root_owner, for_sale, burned, has_equipped_field, pending, properties_json FROM undo_nfts WHERE undo_block = @block;
        DELETE FROM undo_nfts WHERE undo_block = @block;
        """;

    public const string PruneNfts = "DELETE FROM undo_nfts WHERE undo_block <= @block;";

    public const string SaveNftChildren = """
        INSERT INTO undo_nft_children (undo_block, nft_id, position, child_id, pending, equipped)
        SELECT @block, nft_id, position, child_id, pending, equipped FROM nft_children WHERE nft_id = CAST(@id AS TEXT);
        """;

    public const string RestoreNftChildren = """
        DELETE FROM nft_children WHERE nft_id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'nft');
        INSERT INTO nft_children (nft_id, position, child_id, pending, equipped)
        SELECT nft_id, position, child_id, pending, equipped FROM undo_nft_children WHERE undo_block = @block;
        DELETE FROM undo_nft_children WHERE undo_block = @block;
        """;

    public const string PruneNftChildren = "DELETE FROM undo_nft_children WHERE undo_block <= @block;";

    public const string SaveNftResources = """
        INSERT INTO undo_nft_resources (undo_block, nft_id, position, id_json, pending, base, metadata, parts_json, replace, slot, src, theme_json, theme_id_json, thumb)
        SELECT @block, nft_id, position, id_json, pending, base, metadata, parts_json, replace, slot, src, theme_json, theme_id_json, thumb FROM nft_resources WHERE nft_id = CAST(@id AS TEXT);
        """;

    public const string RestoreNftResources = """
        DELETE FROM nft_resources WHERE nft_id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'nft');
        INSERT INTO nft_resources (nft_id, position, id_json, pending, base, metadata, parts_json, replace, slot, src, theme_json, theme_id_json, thumb)
        SELECT nft_id, position, id_json, pending, base, metadata, parts_json, replace, slot, src, theme_json, theme_id_json, thumb FROM undo_nft_resources WHERE undo_block = @block;
        DELETE FROM undo_nft_resources WHERE undo_block = @block;
        """;

    public const string PruneNftResources = "DELETE FROM undo_nft_resources WHERE undo_block <= @block;";

    public const string SaveNftPriority = """
        INSERT INTO undo_nft_priority (undo_block, nft_id, position, value_json)
        SELECT @block, nft_id, position, value_json FROM nft_priority WHERE nft_id = CAST(@id AS TEXT);
        """;

    public const string RestoreNftPriority = """
        DELETE FROM nft_priority WHERE nft_id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'nft');
        INSERT INTO nft_priority (nft_id, position, value_json)
        SELECT nft_id, position, value_json FROM undo_nft_priority WHERE undo_block = @block;
        DELETE FROM undo_nft_priority WHERE undo_block = @block;
        """;

    public const string PruneNftPriority = "DELETE FROM undo_nft_priority WHERE undo_block <= @block;";

    public const string SaveNftReactions = """
        INSERT INTO undo_nft_reactions (undo_block, nft_id, position, emoji, accounts_json)
        SELECT @block, nft_id, position, emoji, accounts_json FROM nft_reactions WHERE nft_id = CAST(@id AS TEXT);
        """;

    public const string RestoreNftReactions = """
        DELETE FROM nft_reactions WHERE nft_id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'nft');
        INSERT INTO nft_reactions (nft_id, position, emoji, accounts_json)
        SELECT nft_id, position, emoji, accounts_json FROM undo_nft_reactions WHERE undo_block = @block;
        DELETE FROM undo_nft_reactions WHERE undo_block = @block;
        """;

    public const string PruneNftReactions = "DELETE FROM undo_nft_reactions WHERE undo_block <= @block;";

    public const string SaveNftChanges = """
        INSERT INTO undo_nft_changes (undo_block, nft_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        SELECT @block, nft_id, position, field, old, new, caller, block, op_type, extra_transfers_json FROM nft_changes WHERE nft_id = CAST(@id AS TEXT);
        """;

    public const string RestoreNftChanges = """
        DELETE FROM nft_changes WHERE nft_id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'nft');
        INSERT INTO nft_changes (nft_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        SELECT nft_id, position, field, old, new, caller, block, op_type, extra_transfers_json FROM undo_nft_changes WHERE undo_block = @block;
        DELETE FROM undo_nft_changes WHERE undo_block = @block;
        """;

    public const string PruneNftChanges = "DELETE FROM undo_nft_changes WHERE undo_block <= @block;";

    public const string SaveCollections = """
        INSERT INTO undo_collections (undo_block, id, block, max, issuer, symbol, metadata, count)
        SELECT @block, id, block, max, issuer, symbol, metadata, count FROM collections WHERE id = CAST(@id AS TEXT);
        """;

    public const string RestoreCollections = """
        DELETE FROM collections WHERE id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'collection');
        INSERT INTO collections (id, block, max, issuer, symbol, metadata, count)
        SELECT id, block, max, issuer, symbol, metadata, count FROM undo_collections WHERE undo_block = @block;
        DELETE FROM undo_collections WHERE undo_block = @block;
        """;

    public const string PruneCollections = "DELETE FROM undo_collections WHERE undo_block <= @block;";

    public const string SaveCollectionChanges = """
        INSERT INTO undo_collection_changes (undo_block, collection_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        SELECT @block, collection_id, position, field, old, new, caller, block, op_type, extra_transfers_json FROM collection_changes WHERE collection_id = CAST(@id AS TEXT);
        """;

    public const string RestoreCollectionChanges = """
        DELETE FROM collection_changes WHERE collection_id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'collection');
        INSERT INTO collection_changes (collection_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        SELECT collection_id, position, field, old, new, caller, block, op_type, extra_transfers_json FROM undo_collection_changes WHERE undo_block = @block;
        DELETE FROM undo_collection_changes WHERE undo_block = @block;
        """;

    public const string PruneCollectionChanges = "DELETE FROM undo_collection_changes WHERE undo_block <= @block;";

    public const string SaveBases = """
        INSERT INTO undo_bases (undo_block, id, block, symbol, type, issuer, parts_json, themes_json, metadata_json)
        SELECT @block, id, block, symbol, type, issuer, parts_json, themes_json, metadata_json FROM bases WHERE id = CAST(@id AS TEXT);
        """;

    public const string RestoreBases = """
        DELETE FROM bases WHERE id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'base');
        INSERT INTO bases (id, block, symbol, type, issuer, parts_json, themes_json, metadata_json)
        SELECT id, block, symbol, type, issuer, parts_json, themes_json, metadata_json FROM undo_bases WHERE undo_block = @block;
        DELETE FROM undo_bases WHERE undo_block = @block;
        """;

    public const string PruneBases = "DELETE FROM undo_bases WHERE undo_block <= @block;";

    public const string SaveBaseChanges = """
        INSERT INTO undo_base_changes (undo_block, base_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        SELECT @block, base_id, position, field, old, new, caller, block, op_type, extra_transfers_json FROM base_changes WHERE base_id = CAST(@id AS TEXT);
        """;

    public const string RestoreBaseChanges = """
        DELETE FROM base_changes WHERE base_id IN (SELECT id FROM undo_touched WHERE block = @block AND kind = 'base');
        INSERT INTO base_changes (base_id, position, field, old, new, caller, block, op_type, extra_transfers_json)
        SELECT base_id, position, field, old, new, caller, block, op_type, extra_transfers_json FROM undo_base_changes WHERE undo_block = @block;
        DELETE FROM undo_base_changes WHERE undo_block = @block;
        """;

    public const string PruneBaseChanges = "DELETE FROM undo_base_changes WHERE undo_block <= @block;";
}
