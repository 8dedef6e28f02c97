namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>invalid</c>.</summary>
internal sealed class InvalidRow
{
    public long Seq { get; init; }

    public long Block { get; init; }

    public string Caller { get; init; } = string.Empty;

    public string OpType { get; init; } = string.Empty;

    public string ObjectId { get; init; } = string.Empty;

    public string Message { get; init; } = string.Empty;
}
