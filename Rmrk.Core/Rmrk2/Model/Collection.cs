namespace Rmrk.Core.Rmrk2.Model;

/// <summary>An RMRK 2.0.0 collection (rmrk2-semantics.md §9.3).</summary>
public sealed class Collection
{
    public required string Id { get; init; }

    public required long Block { get; init; }

    /// <summary>A JavaScript number; 0 means unlimited.</summary>
    public required double Max { get; set; }

    public required string Issuer { get; set; }

    public required string Symbol { get; init; }

    public required string Metadata { get; init; }

    /// <summary>Minted minus burned; may go negative (rmrk2-semantics.md §5.6).</summary>
    public int Count { get; set; }

    public List<Change> Changes { get; } = [];
}
