namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>undo_blocks</c>.</summary>
internal sealed class UndoBlockRow
{
    public long Block { get; init; }

    public string? Hash { get; init; }

    public long? PrevBlock { get; init; }

    public string? PrevHash { get; init; }

    public long PrevRemarks { get; init; }

    public long PrevInvalidCount { get; init; }

    public long PrevInteractionCount { get; init; }
}
