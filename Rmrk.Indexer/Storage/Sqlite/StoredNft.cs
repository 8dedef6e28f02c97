using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// What the database holds of an NFT's child sets, as references into the live state: the child, resource and
/// priority objects and the values of their mutable fields at the last commit. Everything else those objects
/// carry is immutable, so "same references, same mutable values" means "same rows" — exactly, with no hashing —
/// and a commit rewrites only the sets that changed. Histories only grow: the stored count suffices.
/// </summary>
internal sealed class StoredNft
{
    private (NftChild Child, bool Pending, string Equipped)[] _children = [];
    private (Resource Resource, JsValue Id, bool Pending)[] _resources = [];
    private JsValue[] _priority = [];
    private (string Emoji, List<string> List, string[] Accounts)[] _reactions = [];
    private (object? Identity, int Revision) _properties;
    private Row _row;

    public int Changes { get; set; }

    /// <summary>
    /// A copy to update for the batch being prepared; the store takes it in place of this one only once the
    /// whole batch is prepared, so a batch that fails to prepare leaves what the store knows untouched.
    /// </summary>
    public StoredNft Copy() => (StoredNft)MemberwiseClone();

    public static StoredNft Of(Nft nft)
    {
        var stored = new StoredNft { Changes = nft.ChangesOrEmpty.Count };
        stored.RememberChildren(nft);
        stored.RememberResources(nft);
        stored.RememberPriority(nft);
        stored.RememberReactions(nft);
        stored.RememberProperties(nft);
        stored.RememberRow(nft);
        return stored;
    }

    /// <summary>The NFT's own row holds the same values (its properties aside).</summary>
    public bool SameRow(Nft nft) => _row.Equals(Row.Of(nft));

    public void RememberRow(Nft nft) => _row = Row.Of(nft);

    /// <summary>The same properties (object or text), not changed in place since it was stored.</summary>
    public bool SameProperties(Nft nft) =>
        ReferenceEquals(_properties.Identity, nft.PropertiesIdentity) && _properties.Revision == nft.PropertiesRevision;

    public void RememberProperties(Nft nft) => _properties = (nft.PropertiesIdentity, nft.PropertiesRevision);

    public int ChildCount => _children.Length;

    public int ResourceCount => _resources.Length;

    public int PriorityCount => _priority.Length;

    public int ReactionCount => _reactions.Length;

    /// <summary>
    /// The first position where the NFT's children differ from the stored rows: the stored count when they are
    /// all the same and none was added. The rows before it need no rewriting.
    /// </summary>
    public int FirstChangedChild(Nft nft)
    {
        var children = nft.ChildrenOrEmpty;
        int common = Math.Min(children.Count, _children.Length);
        for (int i = 0; i < common; i++)
        {
            var (child, pending, equipped) = _children[i];
            if (!ReferenceEquals(children[i], child) || children[i].Pending != pending || !string.Equals(children[i].Equipped, equipped, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return common;
    }

    /// <inheritdoc cref="FirstChangedChild"/>
    public int FirstChangedResource(Nft nft)
    {
        var resources = nft.ResourcesOrEmpty;
        int common = Math.Min(resources.Count, _resources.Length);
        for (int i = 0; i < common; i++)
        {
            var (resource, id, pending) = _resources[i];
            if (!ReferenceEquals(resources[i], resource) || !ReferenceEquals(resources[i].Id, id) || resources[i].Pending != pending)
            {
                return i;
            }
        }

        return common;
    }

    /// <inheritdoc cref="FirstChangedChild"/>
    public int FirstChangedPriority(Nft nft)
    {
        var priority = nft.PriorityOrEmpty;
        int common = Math.Min(priority.Count, _priority.Length);
        for (int i = 0; i < common; i++)
        {
            if (!ReferenceEquals(priority[i], _priority[i]))
            {
                return i;
            }
        }

        return common;
    }

    /// <summary>As <see cref="FirstChangedChild"/>, in the reactions' order (emoji keys are never removed).</summary>
    public int FirstChangedReaction(Nft nft)
    {
        var reactions = nft.ReactionsOrNull;
        if (reactions is null)
        {
            return 0;
        }

        int i = 0;
        foreach (var (emoji, accounts) in reactions)
        {
            if (i == _reactions.Length || !SameReaction(_reactions[i], emoji, accounts))
            {
                return i;
            }

            i++;
        }

        return i;
    }

    private static bool SameReaction((string Emoji, List<string> List, string[] Accounts) stored, string emoji, List<string> accounts)
    {
        if (!string.Equals(emoji, stored.Emoji, StringComparison.Ordinal) || !ReferenceEquals(accounts, stored.List) || accounts.Count != stored.Accounts.Length)
        {
            return false;
        }

        for (int j = 0; j < stored.Accounts.Length; j++)
        {
            if (!string.Equals(accounts[j], stored.Accounts[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public void RememberChildren(Nft nft)
    {
        var children = nft.ChildrenOrEmpty;
        _children = children.Count == 0 ? [] : new (NftChild, bool, string)[children.Count];
        for (int i = 0; i < children.Count; i++)
        {
            _children[i] = (children[i], children[i].Pending, children[i].Equipped);
        }
    }

    public void RememberResources(Nft nft)
    {
        var resources = nft.ResourcesOrEmpty;
        _resources = resources.Count == 0 ? [] : new (Resource, JsValue, bool)[resources.Count];
        for (int i = 0; i < resources.Count; i++)
        {
            _resources[i] = (resources[i], resources[i].Id, resources[i].Pending);
        }
    }

    public void RememberPriority(Nft nft) => _priority = nft.PriorityOrEmpty.Count == 0 ? [] : [.. nft.PriorityOrEmpty];

    public void RememberReactions(Nft nft)
    {
        var reactions = nft.ReactionsOrNull;
        if (reactions is null || reactions.Count == 0)
        {
            _reactions = [];
            return;
        }

        _reactions = new (string, List<string>, string[])[reactions.Count];
        int i = 0;
        foreach (var (emoji, accounts) in reactions)
        {
            _reactions[i++] = (emoji, accounts, [.. accounts]);
        }
    }

    /// <summary>
    /// The mutable columns of the <c>nfts</c> row. Everything else in it (id, block, collection, symbol,
    /// transferable, sn, metadata) is set by MINT and never changes.
    /// </summary>
    private readonly record struct Row(string Owner, string RootOwner, System.Numerics.BigInteger ForSale, string Burned, bool HasEquippedField, bool Pending)
    {
        public static Row Of(Nft nft) => new(nft.Owner, nft.RootOwner, nft.ForSale, nft.Burned, nft.HasEquippedField, nft.Pending);
    }
}
