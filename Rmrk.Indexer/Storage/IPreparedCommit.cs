namespace Rmrk.Indexer.Storage;

/// <summary>A batch captured by <see cref="IStateStore.Prepare"/>, ready to be written in one transaction.</summary>
public interface IPreparedCommit
{
    SyncCursor Cursor { get; }

    /// <summary>Statements in the transaction (for logs).</summary>
    int Statements { get; }

    void Commit();
}
