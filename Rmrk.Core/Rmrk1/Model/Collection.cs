namespace Rmrk.Core.Rmrk1.Model;

/// <summary>
/// A 1.0 collection (created by MINT). <c>Max</c> is stored but never enforced; a <c>data</c> object in the
/// MINT payload is validated but not kept. <c>UpdatedAtBlock</c> exists only once a CHANGEISSUER succeeded.
/// </summary>
public sealed class Collection(string id, long block, string name, double max, string issuer, string symbol, string? metadata)
{
    public string Id { get; } = id;

    public long Block { get; } = block;

    public string Name { get; } = name;

    public double Max { get; } = max;

    public string Issuer { get; internal set; } = issuer;

    public string Symbol { get; } = symbol;

    public string? Metadata { get; } = metadata;

    public List<Change> Changes { get; } = [];

    public long? UpdatedAtBlock { get; internal set; }
}
