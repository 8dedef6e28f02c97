namespace Rmrk.Api.Queries;

/// <summary>The configured database cannot be served: missing, not ours, too old, or left mid-write. The message says which and what to do.</summary>
public sealed class DatabaseUnusableException : InvalidOperationException
{
    public DatabaseUnusableException(string message)
        : base(message)
    {
    }

    public DatabaseUnusableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
