namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>The row of <c>sync_cursor</c>.</summary>
internal sealed class CursorRow
{
    public long Block { get; init; }

    public string? Hash { get; init; }

    public long Remarks { get; init; }

    public long InvalidCount { get; init; }

    public long InteractionCount { get; init; }

    public long? SourceOffset { get; init; }

    public long? SourceOffsetBlock { get; init; }
}
