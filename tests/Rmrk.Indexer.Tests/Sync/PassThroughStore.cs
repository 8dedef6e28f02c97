using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Tests.Sync;

/// <summary>
/// A real store with a fault put in: every call goes to <paramref name="inner"/>, and a test's subclass overrides the
/// one it breaks (a failing write, a stop during the load).
/// </summary>
internal abstract class PassThroughStore(IStateStore inner) : IStateStore
{
    public virtual void Migrate(CancellationToken cancellationToken) => inner.Migrate(cancellationToken);

    public virtual SyncSettings? ReadSettings() => inner.ReadSettings();

    public virtual void WriteSettings(SyncSettings settings) => inner.WriteSettings(settings);

    public virtual SyncCursor? ReadCursor() => inner.ReadCursor();

    public virtual void Load(Rmrk2State state, bool includeLogs, CancellationToken cancellationToken) => inner.Load(state, includeLogs, cancellationToken);

    public virtual void Commit(StateBatch batch) => Prepare(batch).Write();

    public virtual IPreparedCommit Prepare(StateBatch batch, Action<IPreparedCommit>? writeWhilePreparing = null) => inner.Prepare(batch, writeWhilePreparing);

    public virtual void SuspendReadIndexes() => inner.SuspendReadIndexes();

    public virtual void RestoreReadIndexes() => inner.RestoreReadIndexes();

    public virtual StoreCounts ReadCounts() => inner.ReadCounts();

    public void Dispose() => inner.Dispose();
}
