namespace Rmrk.Indexer.Sync;

/// <summary>How <see cref="ChainFollower"/> follows a chain core.</summary>
public sealed record ChainFollowerOptions
{
    /// <summary>Apply NEW blocks at once and roll them back on UNDO (default false: finalized blocks only).</summary>
    public bool Unfinalized { get; init; }

    /// <summary>Final blocks are grouped into one commit up to this many remarks (default 50,000).</summary>
    public int BatchRemarks { get; init; } = 50_000;

    /// <summary>...or up to this age; a batch is also committed whenever the stream would wait (default 500 ms).</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Reconnects after a dropped or refused connection before giving up; null = for ever (default).</summary>
    public int? MaxRetries { get; init; }

    /// <summary>First reconnect delay; doubled per failed attempt, with jitter (default 250 ms).</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Largest reconnect delay (default 30 s).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Called after a block's effects are applied (committed or in the open batch): height, hash.</summary>
    public Action<long, string>? OnApplied { get; init; }

    /// <summary>Called after a block is rolled back (committed): height, hash.</summary>
    public Action<long, string>? OnUndone { get; init; }
}
