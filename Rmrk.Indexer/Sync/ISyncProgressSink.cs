namespace Rmrk.Indexer.Sync;

/// <summary>Where progress goes: a live line on a terminal, log lines otherwise.</summary>
public interface ISyncProgressSink
{
    void Report(SyncProgress progress);

    /// <summary>The run is over; a live display clears its line.</summary>
    void Complete();
}
