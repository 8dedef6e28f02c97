using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Sync;

/// <summary>
/// What a sync run did. <see cref="InputError"/> is set when the source turned out to be malformed or
/// truncated: everything before it is committed and the next run resumes from <see cref="End"/>.
/// <see cref="BlocksSkipped"/> counts the committed blocks the source gave again (a resumed plain dump starts at
/// its last committed block with remarks, so then only a few).
/// </summary>
public sealed record SyncResult(
    SyncCursor? Start,
    SyncCursor? End,
    long BlocksApplied,
    long BlocksSkipped,
    long RemarksApplied,
    int Commits,
    TimeSpan LoadTime,
    TimeSpan Elapsed,
    bool Cancelled,
    string? InputError);
