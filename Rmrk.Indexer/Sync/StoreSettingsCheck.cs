using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Sync;

/// <summary>How the dump sync and the chain follower both start on a store.</summary>
internal static class StoreSettingsCheck
{
    /// <summary>
    /// Brings the schema up to date, then records <paramref name="settings"/> in a new database or refuses a
    /// database built with other ones: its state would not be what these options consolidate.
    /// </summary>
    public static void MigrateAndAdopt(this IStateStore store, SyncSettings settings, CancellationToken cancellationToken)
    {
        store.Migrate(cancellationToken);
        var stored = store.ReadSettings();
        if (stored is null)
        {
            store.WriteSettings(settings);
        }
        else if (stored != settings)
        {
            throw new SyncException($"the database was built with {stored.Describe()}, not {settings.Describe()}; use another database or the same options");
        }
    }
}
