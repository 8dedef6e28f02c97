using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.State;

/// <summary>
/// The entities written since the last <see cref="Clear"/>: what an indexer must persist after a block (or a
/// batch of blocks). Transitions record every entity they write; destroyed collections are listed apart.
/// </summary>
public sealed class ChangeTracker
{
    public HashSet<Nft> Nfts { get; } = new(ReferenceEqualityComparer.Instance);

    public HashSet<Collection> Collections { get; } = new(ReferenceEqualityComparer.Instance);

    public HashSet<Base> Bases { get; } = new(ReferenceEqualityComparer.Instance);

    public HashSet<string> DestroyedCollections { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Nfts.Count == 0 && Collections.Count == 0 && Bases.Count == 0 && DestroyedCollections.Count == 0;

    public void Clear()
    {
        Nfts.Clear();
        Collections.Clear();
        Bases.Clear();
        DestroyedCollections.Clear();
    }
}
