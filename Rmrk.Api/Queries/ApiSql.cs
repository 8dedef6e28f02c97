namespace Rmrk.Api.Queries;

/// <summary>The read side's SQL over the indexer's SQLite schema (always parameterised).</summary>
internal static class ApiSql
{
    public const string NftById = """
        SELECT id, block, collection, symbol, sn, metadata, owner, root_owner, for_sale, burned, pending, properties_json
        FROM nfts WHERE id = @Id;
        """;

    public const string NftsByIds = """
        SELECT id, block, collection, symbol, sn, metadata, owner, root_owner, for_sale, burned, pending, properties_json
        FROM nfts WHERE id IN @Ids;
        """;

    /// <summary>An account's live top-level NFTs (those it owns directly), in id order after a key.</summary>
    public const string TopLevelByOwner = """
        SELECT id, block, collection, symbol, sn, metadata, owner, root_owner, for_sale, burned, pending, properties_json
        FROM nfts
        WHERE owner = @Owner AND burned = '' AND id > @After
        ORDER BY id
        LIMIT @Limit;
        """;

    public const string ChildrenOf = """
        SELECT nft_id, position, child_id, pending, equipped
        FROM nft_children WHERE nft_id IN @Ids
        ORDER BY nft_id, position;
        """;

    public const string CollectionById = """
        SELECT id, block, issuer, symbol, metadata, max, count FROM collections WHERE id = @Id;
        """;

    public const string Status = """
        SELECT
            (SELECT block FROM sync_cursor WHERE id = 1) AS block,
            (SELECT hash FROM sync_cursor WHERE id = 1) AS hash,
            (SELECT remarks FROM sync_cursor WHERE id = 1) AS remarks,
            (SELECT COUNT(*) FROM nfts) AS nfts,
            (SELECT COUNT(*) FROM collections) AS collections,
            (SELECT COUNT(*) FROM bases) AS bases,
            (SELECT COUNT(*) FROM invalid) AS invalid;
        """;
}
