namespace Rmrk.Core.Rmrk2.Model;

/// <summary>An entry of a parent's <c>children</c>: <c>{id, pending, equipped}</c>.</summary>
public sealed class NftChild(string id, bool pending)
{
    public string Id { get; } = id;

    public bool Pending { get; set; } = pending;

    /// <summary>"" or "&lt;baseId&gt;.&lt;slotId&gt;".</summary>
    public string Equipped { get; set; } = string.Empty;
}
