namespace Rmrk.Indexer.Sync;

/// <summary>A snapshot of a running sync, for progress displays.</summary>
public readonly record struct SyncProgress(
    long Block,
    long BlocksApplied,
    long RemarksApplied,
    double RemarksPerSecond,
    double? Fraction,
    TimeSpan Elapsed,
    TimeSpan? Eta);
