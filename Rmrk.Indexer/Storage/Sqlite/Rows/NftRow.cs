namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>nfts</c>.</summary>
internal sealed class NftRow
{
    public string Id { get; init; } = string.Empty;

    public long Block { get; init; }

    public string Collection { get; init; } = string.Empty;

    public string Symbol { get; init; } = string.Empty;

    public double? Transferable { get; init; }

    public string Sn { get; init; } = string.Empty;

    public string? Metadata { get; init; }

    public string Owner { get; init; } = string.Empty;

    public string RootOwner { get; init; } = string.Empty;

    public string ForSale { get; init; } = "0";

    public string Burned { get; init; } = string.Empty;

    public long HasEquippedField { get; init; }

    public long Pending { get; init; }

    public string PropertiesJson { get; init; } = "{}";
}
