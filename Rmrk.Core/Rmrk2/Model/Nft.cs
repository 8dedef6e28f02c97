using System.Numerics;
using System.Runtime.InteropServices;
using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk2.Model;

/// <summary>An RMRK 2.0.0 NFT as the reference stores it (rmrk2-semantics.md §9.2).</summary>
public sealed class Nft
{
    // Made on first use: most NFTs never get children, resources or a priority, and a MINT records no change.
    private List<NftChild>? _children;
    private List<Resource>? _resources;
    private List<JsValue>? _priority;
    private List<Change>? _changes;
    private Dictionary<string, List<string>>? _reactions;
    private JsValue? _properties;
    private UnparsedJson? _unparsedProperties;

    public required string Id { get; init; }

    public required long Block { get; init; }

    public required string Collection { get; init; }

    public required string Symbol { get; init; }

    /// <summary>A JavaScript number: 1 = always, &gt; 1 = from that block, &lt; 0 = for that many blocks.</summary>
    public required double Transferable { get; init; }

    public required string Sn { get; init; }

    public string? Metadata { get; init; }

    /// <summary>An account, or the id of the parent NFT.</summary>
    public string Owner { get; set; } = string.Empty;

    public string RootOwner { get; set; } = string.Empty;

    public BigInteger ForSale { get; set; }

    /// <summary>"" while live; "true" or the burn reason(s) once burned.</summary>
    public string Burned { get; internal set; } = string.Empty;

    /// <summary>Burned records carry an extra <c>equipped: ""</c> field in the reference's output.</summary>
    public bool HasEquippedField { get; set; }

    public bool Pending { get; set; }

    /// <summary>The MINT's <c>properties</c> JSON (an object in practice, <c>{}</c> when absent).</summary>
    /// <remarks>
    /// Built from <see cref="UnparsedProperties"/> on first read, and kept built from then on: a replay reads an
    /// NFT's properties only for a SETPROPERTY, so most are never built. Writers that only print them use
    /// <see cref="PeekProperties"/>, which does not keep what it builds.
    /// </remarks>
    public JsValue Properties
    {
        get => _properties ??= _unparsedProperties?.Parse() ?? new JsObject();
        set
        {
            _properties = value;
            _unparsedProperties = null;
        }
    }

    /// <summary>Properties as built at the MINT; null when kept as text or absent.</summary>
    public JsValue? BuiltProperties
    {
        init => _properties = value;
    }

    /// <summary>Properties kept as checked JSON text until first read (see <see cref="Properties"/>).</summary>
    public UnparsedJson? UnparsedProperties
    {
        init => _unparsedProperties = value;
    }

    /// <summary>
    /// What <see cref="Properties"/> holds, the same object while it is neither replaced nor built from its text:
    /// with <see cref="PropertiesRevision"/>, tells a store whether the properties it wrote are still current.
    /// </summary>
    public object PropertiesIdentity => (object?)_properties ?? (object?)_unparsedProperties ?? (_properties = new JsObject());

    /// <summary>
    /// How many times <see cref="Properties"/> was changed in place (SETPROPERTY): with <see cref="PropertiesIdentity"/>,
    /// tells a store whether the properties it holds are still current without serialising them again.
    /// </summary>
    public int PropertiesRevision { get; private set; }

    public List<NftChild> Children => _children ??= [];

    public List<Resource> Resources => _resources ??= [];

    /// <summary>Resource ids in display order; JSON values because SETPRIORITY stores whatever array it got.</summary>
    public List<JsValue> Priority
    {
        get => _priority ??= [];
        set => _priority = value;
    }

    /// <summary>Emote → accounts; created on the first EMOTE (most NFTs never get one).</summary>
    public Dictionary<string, List<string>> Reactions => _reactions ??= new(StringComparer.Ordinal);

    /// <summary>The reactions, or null when no EMOTE ever reached this NFT.</summary>
    public IReadOnlyDictionary<string, List<string>>? ReactionsOrNull => _reactions;

    public List<Change> Changes => _changes ??= [];

    /// <summary>The children, read without creating the list (the list properties create theirs on first use).</summary>
    public IReadOnlyList<NftChild> ChildrenOrEmpty => _children ?? (IReadOnlyList<NftChild>)[];

    public IReadOnlyList<Resource> ResourcesOrEmpty => _resources ?? (IReadOnlyList<Resource>)[];

    public IReadOnlyList<JsValue> PriorityOrEmpty => _priority ?? (IReadOnlyList<JsValue>)[];

    public IReadOnlyList<Change> ChangesOrEmpty => _changes ?? (IReadOnlyList<Change>)[];

    public bool HasChildren => _children is { Count: > 0 };

    public bool IsBurned => Burned.Length > 0;

    /// <summary>
    /// The properties for writing out: built from their text for this call alone when they have never been built,
    /// so that printing or storing the state does not keep every NFT's properties built.
    /// </summary>
    public JsValue PeekProperties() => _properties ?? _unparsedProperties?.Parse() ?? (_properties = new JsObject());

    /// <summary>Records a change made inside <see cref="Properties"/>.</summary>
    public void PropertiesChanged() => PropertiesRevision++;

    public int IndexOfChild(string childId)
    {
        var children = CollectionsMarshal.AsSpan(_children);
        for (int i = 0; i < children.Length; i++)
        {
            if (string.Equals(children[i].Id, childId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the resource with id <paramref name="resourceId"/>, or -1.</summary>
    public int IndexOfResource(string resourceId)
    {
        var resources = CollectionsMarshal.AsSpan(_resources);
        for (int i = 0; i < resources.Length; i++)
        {
            if (resources[i].HasId(resourceId))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a resource has <paramref name="id"/> as its id (<c>===</c>).</summary>
    public bool HasResource(JsValue id)
    {
        foreach (var resource in CollectionsMarshal.AsSpan(_resources))
        {
            if (JsOps.StrictEquals(resource.Id, id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a resource is made for <paramref name="baseSlot"/> ("base.slot").</summary>
    public bool HasResourceInSlot(string baseSlot)
    {
        foreach (var resource in CollectionsMarshal.AsSpan(_resources))
        {
            if (string.Equals(resource.Slot, baseSlot, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first resource composed on base <paramref name="baseId"/>.</summary>
    public Resource? FindResourceOfBase(string baseId)
    {
        foreach (var resource in CollectionsMarshal.AsSpan(_resources))
        {
            if (string.Equals(resource.Base, baseId, StringComparison.Ordinal))
            {
                return resource;
            }
        }

        return null;
    }

    /// <summary>The child equipped in <paramref name="baseSlot"/>, if any.</summary>
    public NftChild? FindChildEquippedIn(string baseSlot)
    {
        foreach (var child in CollectionsMarshal.AsSpan(_children))
        {
            if (string.Equals(child.Equipped, baseSlot, StringComparison.Ordinal))
            {
                return child;
            }
        }

        return null;
    }

    public NftChild? FindChild(string childId)
    {
        int i = IndexOfChild(childId);
        return i < 0 ? null : Children[i];
    }
}
