using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text;
using Dapper;
using Rmrk.Api.Contracts;

namespace Rmrk.Api.Queries;

/// <summary>
/// The read side: NFTs, an account's NFT trees, collections and the sync status, straight from the
/// indexer's tables. Returns response records, never storage rows.
/// </summary>
public sealed class NftQueries(ReadOnlyDatabase database)
{
    /// <summary>How deep trees are followed; the reference itself stops refreshing root owners below 10.</summary>
    public const int MaxTreeDepth = 10;

    /// <summary>Ids bound in one <c>IN</c> list; far below SQLite's limit of 32,766 variables a statement.</summary>
    internal const int IdsPerQuery = 1000;

    public async Task<NftResponse?> GetNftAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<NftRow>(new CommandDefinition(ApiSql.NftById, new { Id = id }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var children = await ChildrenAsync(connection, [row.IdKey], cancellationToken);
        return ToResponse(row, children.GetValueOrDefault(row.Id, []));
    }

    /// <summary>
    /// The account's top-level live NFTs, each with everything nested in it, one page at a time; at most
    /// <paramref name="maxNodes"/> nested NFTs in the page (see <see cref="ApiOptions.MaxTreeNodes"/>).
    /// </summary>
    public async Task<Page<NftResponse>> GetAccountTreesAsync(string owner, string? after, int limit, int maxNodes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var top = (await connection.QueryAsync<NftRow>(new CommandDefinition(
            ApiSql.TopLevelByOwner, new { Owner = owner, After = after ?? string.Empty, Limit = limit + 1 }, cancellationToken: cancellationToken))).ToList();
        string? next = top.Count > limit ? top[limit - 1].Id : null;
        if (top.Count > limit)
        {
            top.RemoveAt(limit);
        }

        var trees = new List<NftResponse>(top.Count);
        var builder = new TreeBuilder(connection, maxNodes, cancellationToken);
        foreach (var row in top)
        {
            trees.Add(await builder.BuildAsync(row));
        }

        return new Page<NftResponse>(trees, next);
    }

    public async Task<CollectionResponse?> GetCollectionAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CollectionRow>(new CommandDefinition(ApiSql.CollectionById, new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : new CollectionResponse(row.Id, row.Block, row.Issuer, row.Symbol, row.Metadata, row.Max, row.Count);
    }

    public async Task<StatusResponse> GetStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<StatusRow>(new CommandDefinition(ApiSql.Status, cancellationToken: cancellationToken));
        return new StatusResponse(row.Block ?? 0, row.Hash, row.Remarks ?? 0, row.Nfts, row.Collections, row.Bases, row.Invalid);
    }

    /// <summary>The children of the NFTs with these stored ids, by their parent's id.</summary>
    internal static async Task<Dictionary<string, List<ChildRow>>> ChildrenAsync(DbConnection connection, IReadOnlyCollection<byte[]> parentKeys, CancellationToken cancellationToken)
    {
        var rows = await QueryByKeysAsync<ChildRow>(connection, ApiSql.ChildrenOf, parentKeys, cancellationToken);
        var byParent = new Dictionary<string, List<ChildRow>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byParent.TryGetValue(row.NftId, out var list))
            {
                byParent[row.NftId] = list = [];
            }

            list.Add(row);
        }

        return byParent;
    }

    /// <summary>
    /// A query over a list of stored ids (<see cref="ApiSql.KeysParameter"/>), each bound as its bytes and cast to
    /// text, in slices: each id is one SQL variable, and SQLite refuses a statement with more than 32,766 of them. A
    /// tree level holds every NFT at that depth of a page's trees, so a level of an NFT flooded with pending children
    /// (anyone can send NFTs into anyone's NFT) made a 500 of its owner's listing.
    /// </summary>
    internal static async Task<List<T>> QueryByKeysAsync<T>(DbConnection connection, string sql, IReadOnlyCollection<byte[]> keys, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        foreach (byte[][] slice in keys.Chunk(IdsPerQuery))
        {
            // Dapper caches a reader per statement text: the list is padded to a power of two with its last key
            // (a repeat changes nothing in an IN list), so that a few texts serve every length.
            int length = (int)BitOperations.RoundUpToPowerOf2((uint)slice.Length);
            var parameters = new DynamicParameters();
            var list = new StringBuilder(length * 24);
            for (int i = 0; i < length; i++)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"k{i}");
                parameters.Add(name, slice[Math.Min(i, slice.Length - 1)], DbType.Binary);
                list.Append(i == 0 ? "CAST(@" : ", CAST(@").Append(name).Append(" AS TEXT)");
            }

            string statement = sql.Replace(ApiSql.KeysParameter, list.ToString(), StringComparison.Ordinal);
            rows.AddRange(await connection.QueryAsync<T>(new CommandDefinition(statement, parameters, cancellationToken: cancellationToken)));
        }

        return rows;
    }

    internal static NftResponse ToResponse(NftRow row, IReadOnlyList<ChildRow> children, IReadOnlyDictionary<string, NftResponse>? nested = null)
    {
        var childResponses = new List<ChildResponse>(children.Count);
        foreach (var child in children)
        {
            childResponses.Add(new ChildResponse(child.ChildId, child.Pending != 0, child.Equipped, nested?.GetValueOrDefault(child.ChildId)));
        }

        return new NftResponse(
            row.Id, row.Block, row.Collection, row.Symbol, row.Sn, row.Metadata, row.Owner, row.RootOwner, row.ForSale,
            row.Burned.Length > 0, row.Pending != 0, new RawJson(row.PropertiesJson), childResponses);
    }
}
