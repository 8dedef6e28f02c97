using Microsoft.Extensions.Logging;

namespace Rmrk.Indexer;

/// <summary>The indexer's log messages (source-generated; nothing is formatted unless the level is on).</summary>
internal static partial class Log
{
    public static class EventIds
    {
        public const int SyncStarting = 1000;
        public const int StateLoaded = 1001;
        public const int SyncProgress = 1002;
        public const int BatchCommitted = 1003;
        public const int SyncFinished = 1004;
        public const int SyncCancelled = 1005;
        public const int InputError = 1006;
        public const int WriteFailedDuringFailure = 1007;
        public const int ReadIndexesRestored = 1008;
        public const int BatchCaptured = 1009;
    }

    [LoggerMessage(EventIds.SyncStarting, LogLevel.Information, "Sync from {Source} into {Database}")]
    public static partial void SyncStarting(ILogger logger, string source, string database);

    [LoggerMessage(EventIds.StateLoaded, LogLevel.Information, "Committed through block {CursorBlock}; loaded {Nfts} NFTs, {Collections} collections, {Bases} bases in {ElapsedMs} ms")]
    public static partial void StateLoaded(ILogger logger, long? cursorBlock, int nfts, int collections, int bases, long elapsedMs);

    [LoggerMessage(EventIds.SyncProgress, LogLevel.Information, "Block {Block} (committed {Committed}): {Blocks} blocks, {Remarks} remarks, {RemarksPerSecond} remarks/s, {Percent}% read, ETA {EtaSeconds} s")]
    public static partial void SyncProgress(ILogger logger, long block, long? committed, long blocks, long remarks, double remarksPerSecond, double? percent, double? etaSeconds);

    [LoggerMessage(EventIds.BatchCommitted, LogLevel.Debug, "Committed through block {Block}: {Blocks} blocks, {Nfts} NFTs, {Collections} collections, {Bases} bases, {Invalid} invalid in {ElapsedMs} ms")]
    public static partial void BatchCommitted(ILogger logger, long block, int blocks, int nfts, int collections, int bases, int invalid, double elapsedMs);

    [LoggerMessage(EventIds.BatchCaptured, LogLevel.Debug, "Captured the batch through block {Block} as rows in {ElapsedMs} ms")]
    public static partial void BatchCaptured(ILogger logger, long block, double elapsedMs);

    [LoggerMessage(EventIds.SyncFinished, LogLevel.Information, "Sync done through block {Block}: {Blocks} blocks and {Remarks} remarks applied, {Skipped} committed blocks read again, {Commits} commits, {ElapsedMs} ms")]
    public static partial void SyncFinished(ILogger logger, long? block, long blocks, long remarks, long skipped, int commits, long elapsedMs);

    [LoggerMessage(EventIds.SyncCancelled, LogLevel.Warning, "Sync stopped on request after block {Block}; the next run resumes there")]
    public static partial void SyncCancelled(ILogger logger, long? block);

    [LoggerMessage(EventIds.InputError, LogLevel.Error, "Bad input after block {Block} (committed; the next run resumes there): {Message}")]
    public static partial void InputError(ILogger logger, long? block, string message);

    [LoggerMessage(EventIds.WriteFailedDuringFailure, LogLevel.Error, "The batch being written in the background failed too (the sync was already failing; nothing after the last committed cursor is stored)")]
    public static partial void WriteFailedDuringFailure(ILogger logger, Exception exception);

    [LoggerMessage(EventIds.ReadIndexesRestored, LogLevel.Debug, "Read indexes built again after a bulk replay in {ElapsedMs} ms")]
    public static partial void ReadIndexesRestored(ILogger logger, double elapsedMs);
}
