namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>nft_resources</c>; null columns are keys the resource does not have.</summary>
internal sealed class ResourceRow
{
    public string NftId { get; init; } = string.Empty;

    public long Position { get; init; }

    public string IdJson { get; init; } = string.Empty;

    public long Pending { get; init; }

    public string? Base { get; init; }

    public string? Metadata { get; init; }

    public string? PartsJson { get; init; }

    public string? Replace { get; init; }

    public string? Slot { get; init; }

    public string? Src { get; init; }

    public string? ThemeJson { get; init; }

    public string? ThemeIdJson { get; init; }

    public string? Thumb { get; init; }
}
