namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>nft_changes</c>, <c>collection_changes</c> or <c>base_changes</c> (owner id aliased).</summary>
internal sealed class ChangeRow
{
    public string OwnerId { get; init; } = string.Empty;

    public long Position { get; init; }

    public string Field { get; init; } = string.Empty;

    public string Old { get; init; } = string.Empty;

    public string New { get; init; } = string.Empty;

    public string Caller { get; init; } = string.Empty;

    public long Block { get; init; }

    public string OpType { get; init; } = string.Empty;

    public string? ExtraTransfersJson { get; init; }
}
