using System.Runtime.InteropServices;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.State;

/// <summary>
/// The consolidated RMRK 2.0.0 state: NFTs, collections and bases by id, the rejected remarks in order,
/// and the optional interaction-changes log. Keeps a per-collection count of unburned NFTs so that LOCK
/// and DESTROY need no scan over every NFT (the reference scans, rmrk2-semantics.md §12).
/// </summary>
public sealed class Rmrk2State
{
    private readonly Dictionary<string, int> _unburnedByCollection = new(StringComparer.Ordinal);

    public Dictionary<string, Nft> Nfts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Collection> Collections { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Base> Bases { get; } = new(StringComparer.Ordinal);

    public List<InvalidCall> Invalid { get; } = [];

    /// <summary>One entry per valid remark when interaction changes are emitted (§7); null otherwise.</summary>
    public List<InteractionChange>? InteractionChanges { get; init; }

    /// <summary>Set to record what each remark writes (the indexer does); null costs nothing.</summary>
    public ChangeTracker? Tracker { get; set; }

    public void Touch(Nft nft) => Tracker?.Nfts.Add(nft);

    public void Touch(Collection collection) => Tracker?.Collections.Add(collection);

    public void Touch(Base b) => Tracker?.Bases.Add(b);

    public void RemoveCollection(string id)
    {
        if (Collections.Remove(id, out var removed))
        {
            Tracker?.Collections.Remove(removed);
            Tracker?.DestroyedCollections.Add(id);
        }
    }

    public Nft? FindNft(string? id) => id is not null && Nfts.TryGetValue(id, out var nft) ? nft : null;

    public Collection? FindCollection(string? id) =>
        id is not null && Collections.TryGetValue(id, out var collection) ? collection : null;

    public Base? FindBase(string? id) => id is not null && Bases.TryGetValue(id, out var b) ? b : null;

    /// <summary>NFTs of that collection id (of any incarnation of it) whose <c>burned</c> is "".</summary>
    public int UnburnedCount(string collectionId) =>
        _unburnedByCollection.TryGetValue(collectionId, out int n) ? n : 0;

    public void AddNft(Nft nft)
    {
        Nfts[nft.Id] = nft;
        Touch(nft);
        if (!nft.IsBurned)
        {
            AdjustUnburned(nft.Collection, +1);
        }
    }

    /// <summary>Sets <c>burned</c>, keeping the unburned counters right whatever the old and new values.</summary>
    public void SetBurned(Nft nft, string burned)
    {
        Touch(nft);
        bool wasBurned = nft.IsBurned;
        nft.Burned = burned;
        if (wasBurned != nft.IsBurned)
        {
            AdjustUnburned(nft.Collection, wasBurned ? +1 : -1);
        }
    }

    private void AdjustUnburned(string collectionId, int delta)
    {
        // One hash of the id for the read and the write: MINT, the most frequent interaction, comes through here.
        CollectionsMarshal.GetValueRefOrAddDefault(_unburnedByCollection, collectionId, out _) += delta;
        if (Tracker is not null && FindCollection(collectionId) is { } collection)
        {
            Touch(collection);
        }
    }
}
