namespace Rmrk.Indexer.Sync;

/// <summary>A snapshot of a running sync, for progress displays.</summary>
/// <param name="Block">The last block applied.</param>
/// <param name="Committed">The last block committed (null before the first commit of a fresh database).</param>
public readonly record struct SyncProgress(
    long Block,
    long? Committed,
    long BlocksApplied,
    long RemarksApplied,
    double RemarksPerSecond,
    double? Fraction,
    TimeSpan Elapsed,
    TimeSpan? Eta);
