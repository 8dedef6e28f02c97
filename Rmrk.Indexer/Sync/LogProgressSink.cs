using Microsoft.Extensions.Logging;

namespace Rmrk.Indexer.Sync;

/// <summary>Progress as structured log lines (when standard error is not a terminal).</summary>
public sealed class LogProgressSink(ILogger logger) : ISyncProgressSink
{
    public void Report(SyncProgress progress) =>
        Log.SyncProgress(logger, progress.Block, progress.Committed, progress.BlocksApplied, progress.RemarksApplied, Math.Round(progress.RemarksPerSecond), progress.Fraction is { } f ? Math.Round(f * 100, 1) : null, progress.Eta?.TotalSeconds is { } s ? Math.Round(s) : null);

    public void Complete()
    {
    }
}
