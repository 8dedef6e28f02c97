namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>A row of <c>nft_reactions</c>: one emoji and its accounts.</summary>
internal sealed class ReactionRow
{
    public string NftId { get; init; } = string.Empty;

    public long Position { get; init; }

    public string Emoji { get; init; } = string.Empty;

    public string AccountsJson { get; init; } = "[]";
}
