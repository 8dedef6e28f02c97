namespace Rmrk.Indexer.Storage;

/// <summary>
/// The database file cannot be opened or made: a directory, a file that is not a database, a folder that does not
/// exist or cannot be written. The message starts with the path and says what is wrong with it.
/// </summary>
public sealed class StoreOpenException : IOException
{
    public StoreOpenException(string message)
        : base(message)
    {
    }

    public StoreOpenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
