namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>collections</c>.</summary>
internal sealed class CollectionRow
{
    public string Id { get; init; } = string.Empty;

    public long Block { get; init; }

    public double? Max { get; init; }

    public string Issuer { get; init; } = string.Empty;

    public string Symbol { get; init; } = string.Empty;

    public string Metadata { get; init; } = string.Empty;

    public long Count { get; init; }
}
