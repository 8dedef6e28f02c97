namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>nft_priority</c>.</summary>
internal sealed class PriorityRow
{
    public string NftId { get; init; } = string.Empty;

    public long Position { get; init; }

    public string ValueJson { get; init; } = string.Empty;
}
