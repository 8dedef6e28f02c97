using System.Numerics;
using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk1.Model;

/// <summary>
/// A 1.0 NFT. The id is <c>block-collection-instance-sn</c>; the owner starts as the collection's issuer at
/// mint time. <c>Burned</c> is "" while alive, else "true" or the burn reason. <c>ForSale</c> is 0 when not listed.
/// </summary>
public sealed class Nft(
    string id,
    long block,
    string collection,
    string name,
    string instance,
    double transferable,
    string sn,
    string? metadata,
    JsValue? data,
    string owner)
{
    public string Id { get; } = id;

    public long Block { get; } = block;

    public string Collection { get; } = collection;

    public string Name { get; } = name;

    public string Instance { get; } = instance;

    /// <summary>0 = never; N = from block N + 1 on (negative values: never).</summary>
    public double Transferable { get; } = transferable;

    public string Sn { get; } = sn;

    public string? Metadata { get; } = metadata;

    public JsValue? Data { get; } = data;

    public string Owner { get; internal set; } = owner;

    public BigInteger ForSale { get; internal set; }

    public string Burned { get; internal set; } = string.Empty;

    public bool IsBurned => Burned.Length > 0;

    /// <summary>Unicode → callers, in toggle order. An emptied list stays.</summary>
    public Dictionary<string, List<string>> Reactions { get; } = new(StringComparer.Ordinal);

    public List<Change> Changes { get; } = [];

    public long UpdatedAtBlock { get; internal set; } = block;

    /// <summary>The transferability rule shared by SEND, LIST and BUY: <c>transferable === 0 || transferable >= block</c>.</summary>
    public bool IsTransferableAt(long block) => !(Transferable == 0 || Transferable >= block);
}
