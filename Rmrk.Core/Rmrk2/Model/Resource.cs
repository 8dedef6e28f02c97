using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk2.Model;

/// <summary>
/// A resource of an NFT. Only the keys the RESADD carried are present (null = absent). <see cref="Id"/>,
/// <see cref="Parts"/>, <see cref="ThemeId"/> and <see cref="Theme"/> are whatever JSON the remark held.
/// </summary>
public sealed class Resource
{
    public required JsValue Id { get; set; }

    public bool Pending { get; set; }

    public string? Metadata { get; init; }

    public string? Base { get; init; }

    public string? Src { get; init; }

    public string? Slot { get; init; }

    public JsValue? Parts { get; init; }

    public string? Thumb { get; init; }

    public JsValue? ThemeId { get; init; }

    public JsValue? Theme { get; init; }

    /// <summary>The RESADD's replace field; kept on a pending resource until it is accepted.</summary>
    public string? Replace { get; init; }

    public bool HasId(string id) => Id is JsString s && string.Equals(s.Value, id, StringComparison.Ordinal);

    /// <summary>A copy under another id, as a replacement is stored; ACCEPT drops <see cref="Replace"/>, RESADD keeps it.</summary>
    public Resource WithId(string id, bool keepReplace) => new()
    {
        Id = new JsString(id),
        Pending = Pending,
        Metadata = Metadata,
        Base = Base,
        Src = Src,
        Slot = Slot,
        Parts = Parts,
        Thumb = Thumb,
        ThemeId = ThemeId,
        Theme = Theme,
        Replace = keepReplace ? Replace : null,
    };
}
