namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// One writer per database. Two syncs into one file each commit from their own view of the state: the second
/// failed a constraint at its first commit in the run that showed it, and a batch of updates alone would not have
/// failed at all. So a store opened for writing holds an exclusive lock on <c>&lt;db&gt;-writer.lock</c> until it is
/// disposed, and a second writer stops before it touches the database. The kernel releases the lock when the process
/// ends, however it ends, so a killed sync leaves nothing to clean up. Readers (status, export, the API) take none.
/// </summary>
internal sealed class WriterLease : IDisposable
{
    private readonly FileStream _lock;
    private readonly bool _created;

    private WriterLease(FileStream held, bool created)
    {
        _lock = held;
        _created = created;
    }

    public static string LockPath(string databasePath) => databasePath + "-writer.lock";

    /// <exception cref="StoreOpenException">Another writer holds the database, or the lock file cannot be made.</exception>
    public static WriterLease Acquire(string databasePath)
    {
        string path = LockPath(databasePath);
        bool existed = File.Exists(path);
        try
        {
            // FileShare.None is an exclusive flock on Unix (and a sharing lock on Windows): held by one process at a time.
            return new WriterLease(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), !existed);
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException) && File.Exists(path))
        {
            throw new StoreOpenException($"{databasePath}: another rmrk sync is writing to it (it holds {path}); wait for that one to end or stop it", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreOpenException($"{databasePath}: cannot make its lock file {path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Releases the lock. The file stays: deleting it could let two later writers lock two different files of the
    /// same name.
    /// </summary>
    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Releases the lock of a database that could not be opened, and deletes the lock file if this lease made it: a
    /// wrong <c>--db</c> (someone else's file, a file that is not a database) is left without a file beside it.
    /// </summary>
    public void Abandon()
    {
        _lock.Dispose();
        if (_created)
        {
            File.Delete(_lock.Name);
        }
    }
}
