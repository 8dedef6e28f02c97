using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk2.Model;

/// <summary>An RMRK 2.0.0 base (rmrk2-semantics.md §9.4). Parts and themes are the BASE JSON as given.</summary>
public sealed class Base
{
    public required string Id { get; init; }

    public required long Block { get; init; }

    public required string Symbol { get; init; }

    public string? Type { get; init; }

    public required string Issuer { get; set; }

    /// <summary>The parts array, each part a JSON object; EQUIPPABLE rewrites <c>equippable</c> in place.</summary>
    public required JsArray Parts { get; init; }

    public JsValue? Themes { get; set; }

    public JsValue? Metadata { get; init; }

    /// <summary>
    /// Replaced, not appended to, on each CHANGEISSUER: the reference rebuilds a base from its stored form
    /// without its history before recording the change.
    /// </summary>
    public List<Change> Changes { get; set; } = [];
}
