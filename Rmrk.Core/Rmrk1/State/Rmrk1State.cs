using Rmrk.Core.Rmrk1.Model;

namespace Rmrk.Core.Rmrk1.State;

/// <summary>
/// The 1.0 consolidation state, kept apart from 2.0 state as the reference keeps it: NFTs and collections
/// in creation order (the reference's in-memory adapter uses arrays) with ordinal id indexes, the invalid
/// list in processing order and, optionally, the per-interaction change list.
/// </summary>
public sealed class Rmrk1State
{
    private readonly List<Nft> _nfts = [];
    private readonly Dictionary<string, Nft> _nftsById = new(StringComparer.Ordinal);
    private readonly List<Collection> _collections = [];
    private readonly Dictionary<string, Collection> _collectionsById = new(StringComparer.Ordinal);
    private readonly List<InvalidEntry> _invalid = [];
    private readonly List<InteractionChange> _interactionChanges = [];

    public IReadOnlyList<Nft> Nfts => _nfts;

    public IReadOnlyList<Collection> Collections => _collections;

    public IReadOnlyList<InvalidEntry> Invalid => _invalid;

    /// <summary>Filled only when <see cref="Rmrk1Options.EmitInteractionChanges"/> is set.</summary>
    public IReadOnlyList<InteractionChange> InteractionChanges => _interactionChanges;

    public Nft? FindNft(string id) => _nftsById.GetValueOrDefault(id);

    public Collection? FindCollection(string id) => _collectionsById.GetValueOrDefault(id);

    internal void AddNft(Nft nft)
    {
        _nftsById.Add(nft.Id, nft);
        _nfts.Add(nft);
    }

    internal void AddCollection(Collection collection)
    {
        _collectionsById.Add(collection.Id, collection);
        _collections.Add(collection);
    }

    internal void AddInvalid(InvalidEntry entry) => _invalid.Add(entry);

    internal void AddInteractionChange(InteractionChange change) => _interactionChanges.Add(change);
}
