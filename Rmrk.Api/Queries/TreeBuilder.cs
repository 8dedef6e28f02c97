using System.Data.Common;
using Rmrk.Api.Contracts;

namespace Rmrk.Api.Queries;

/// <summary>
/// Loads an NFT's descendants level by level (one query per level, not per NFT) and nests them, up to
/// <paramref name="maxNodes"/> NFTs for all the trees it builds; children past that are listed without their NFT.
/// </summary>
internal sealed class TreeBuilder(DbConnection connection, int maxNodes, CancellationToken cancellationToken)
{
    private int _nodes;

    public async Task<NftResponse> BuildAsync(NftRow root)
    {
        _nodes++;
        var rows = new Dictionary<string, NftRow>(StringComparer.Ordinal) { [root.Id] = root };
        var children = new Dictionary<string, List<ChildRow>>(StringComparer.Ordinal);
        var level = new List<byte[]> { root.IdKey };
        for (int depth = 0; depth < NftQueries.MaxTreeDepth && level.Count > 0; depth++)
        {
            var found = await NftQueries.ChildrenAsync(connection, level, cancellationToken);
            var next = new List<byte[]>();
            foreach (var (parent, list) in found)
            {
                children[parent] = list;
                foreach (var child in list)
                {
                    if (_nodes < maxNodes && !rows.ContainsKey(child.ChildId))
                    {
                        next.Add(child.ChildKey);
                        _nodes++;
                    }
                }
            }

            foreach (var row in await NftQueries.QueryByKeysAsync<NftRow>(connection, ApiSql.NftsByKeys, next, cancellationToken))
            {
                rows[row.Id] = row;
            }

            level = next;
        }

        return Assemble(root.Id, rows, children, depth: 0);
    }

    private static NftResponse Assemble(string id, Dictionary<string, NftRow> rows, Dictionary<string, List<ChildRow>> children, int depth)
    {
        var own = children.GetValueOrDefault(id, []);
        var nested = new Dictionary<string, NftResponse>(StringComparer.Ordinal);
        if (depth < NftQueries.MaxTreeDepth)
        {
            foreach (var child in own)
            {
                if (rows.ContainsKey(child.ChildId) && !nested.ContainsKey(child.ChildId))
                {
                    nested[child.ChildId] = Assemble(child.ChildId, rows, children, depth + 1);
                }
            }
        }

        return NftQueries.ToResponse(rows[id], own, nested);
    }
}
