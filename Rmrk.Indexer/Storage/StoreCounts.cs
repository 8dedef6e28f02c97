namespace Rmrk.Indexer.Storage;

/// <summary>Row counts for <c>rmrk status</c>.</summary>
public sealed record StoreCounts(
    long Nfts,
    long BurnedNfts,
    long ListedNfts,
    long Collections,
    long Bases,
    long Resources,
    long Changes,
    long Invalid,
    long Interactions);
