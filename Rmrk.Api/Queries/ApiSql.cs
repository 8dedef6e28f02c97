namespace Rmrk.Api.Queries;

/// <summary>The read side's SQL over the indexer's SQLite schema (always parameterised).</summary>
/// <remarks>
/// The ids that lead from an NFT to its children and on are also selected as their stored bytes (<c>*_key</c>)
/// and bound back as such (<see cref="KeysParameter"/>): a text may hold a lone surrogate, stored as WTF-8,
/// which a string read and bound again through Microsoft.Data.Sqlite (UTF-8, with U+FFFD) would no longer find.
/// </remarks>
internal static class ApiSql
{
    /// <summary>Where a statement takes its list of keys (see <see cref="NftQueries.QueryByKeysAsync{T}"/>).</summary>
    public const string KeysParameter = "{keys}";

    public const string NftById = """
        SELECT id, CAST(id AS BLOB) AS id_key, block, collection, symbol, sn, metadata, owner, root_owner, for_sale, burned, pending, properties_json
        FROM nfts WHERE id = @Id;
        """;

    public const string NftsByKeys = """
        SELECT id, CAST(id AS BLOB) AS id_key, block, collection, symbol, sn, metadata, owner, root_owner, for_sale, burned, pending, properties_json
        FROM nfts WHERE id IN ({keys});
        """;

    /// <summary>An account's live top-level NFTs (those it owns directly), in id order after a key.</summary>
    public const string TopLevelByOwner = """
        SELECT id, CAST(id AS BLOB) AS id_key, block, collection, symbol, sn, metadata, owner, root_owner, for_sale, burned, pending, properties_json
        FROM nfts
        WHERE owner = @Owner AND burned = '' AND id > @After
        ORDER BY id
        LIMIT @Limit;
        """;

    public const string ChildrenOf = """
        SELECT nft_id, position, child_id, CAST(child_id AS BLOB) AS child_key, pending, equipped
        FROM nft_children WHERE nft_id IN ({keys})
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
