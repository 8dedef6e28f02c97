namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>sync_meta</c>.</summary>
internal sealed class SettingRow
{
    public string Key { get; init; } = string.Empty;

    public string Value { get; init; } = string.Empty;
}
