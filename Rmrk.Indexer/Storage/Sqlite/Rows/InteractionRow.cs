namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>interaction_changes</c>.</summary>
internal sealed class InteractionRow
{
    public long Seq { get; init; }

    public string OpType { get; init; } = string.Empty;

    public string Id { get; init; } = string.Empty;

    public string? ChildrenJson { get; init; }

    public string? ResourcesJson { get; init; }
}
