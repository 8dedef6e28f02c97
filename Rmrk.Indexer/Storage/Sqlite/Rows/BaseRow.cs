namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>bases</c>.</summary>
internal sealed class BaseRow
{
    public string Id { get; init; } = string.Empty;

    public long Block { get; init; }

    public string Symbol { get; init; } = string.Empty;

    public string? Type { get; init; }

    public string Issuer { get; init; } = string.Empty;

    public string PartsJson { get; init; } = "[]";

    public string? ThemesJson { get; init; }

    public string? MetadataJson { get; init; }
}
