namespace Rmrk.Indexer.Storage.Sqlite.Rows;

/// <summary>The single row of the status query.</summary>
internal sealed class CountsRow
{
    public long Nfts { get; init; }

    public long BurnedNfts { get; init; }

    public long ListedNfts { get; init; }

    public long Collections { get; init; }

    public long Bases { get; init; }

    public long Resources { get; init; }

    public long Changes { get; init; }

    public long Invalid { get; init; }

    public long Interactions { get; init; }
}
