namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>nft_children</c>.</summary>
internal sealed class ChildRow
{
    public string NftId { get; init; } = string.Empty;

    public long Position { get; init; }

    public string ChildId { get; init; } = string.Empty;

    public long Pending { get; init; }

    public string Equipped { get; init; } = string.Empty;
}
