using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Indexer.Storage;

/// <summary>
/// What one commit writes, all or nothing: the entities whole blocks touched (as they are now), the
/// collections those blocks destroyed, the new entries of the append-only logs and the cursor after the
/// last of the blocks. Destroyed ids are applied before the touched entities, so a collection destroyed
/// and created again in the same batch ends up as the new one.
/// </summary>
public sealed record StateBatch(
    IReadOnlyCollection<Nft> Nfts,
    IReadOnlyCollection<Collection> Collections,
    IReadOnlyCollection<Base> Bases,
    IReadOnlyCollection<string> DestroyedCollections,
    IReadOnlyList<InvalidCall> Invalid,
    IReadOnlyList<InteractionChange> Interactions,
    SyncCursor Cursor)
{
    /// <summary>A batch that only moves the cursor.</summary>
    public static StateBatch CursorOnly(SyncCursor cursor) => new([], [], [], [], [], [], cursor);
}
