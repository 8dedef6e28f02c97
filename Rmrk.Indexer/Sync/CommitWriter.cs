using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Sync;

/// <summary>
/// Commits prepared batches on its own thread, in order, one waiting at most: consolidation of the next batch
/// overlaps with the transaction of the previous one. A failed commit stops the writer; the failure surfaces
/// on the next <see cref="Enqueue"/> or at <see cref="Complete"/>, and the database stays at the last commit.
/// </summary>
internal sealed class CommitWriter : IDisposable
{
    private readonly BlockingCollection<(IPreparedCommit Commit, int Blocks, int Nfts, int Invalid)> _queue = new(boundedCapacity: 1);
    private readonly Thread _thread;
    private readonly ILogger _logger;
    private ExceptionDispatchInfo? _failure;
    private SyncCursor? _committed;
    private int _commits;

    public CommitWriter(SyncCursor? start, ILogger logger)
    {
        _committed = start;
        _logger = logger;
        _thread = new Thread(Loop) { IsBackground = true, Name = "rmrk commit writer" };
        _thread.Start();
    }

    /// <summary>The last cursor whose transaction has committed.</summary>
    public SyncCursor? Committed => Volatile.Read(ref _committed);

    public int Commits => Volatile.Read(ref _commits);

    public void Enqueue(IPreparedCommit commit, int blocks, int nfts, int invalid)
    {
        _failure?.Throw();
        _queue.Add((commit, blocks, nfts, invalid));
    }

    /// <summary>Waits for every queued commit; rethrows a commit failure.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _thread.Join();
        _queue.Dispose();
    }

    private void Loop()
    {
        foreach (var (commit, blocks, nfts, invalid) in _queue.GetConsumingEnumerable())
        {
            if (_failure is not null)
            {
                continue; // drain, so a producer never blocks on a dead writer
            }

            try
            {
                var clock = Stopwatch.StartNew();
                commit.Commit();
                Volatile.Write(ref _committed, commit.Cursor);
                Interlocked.Increment(ref _commits);
                Log.BatchCommitted(_logger, commit.Cursor.Block, blocks, nfts, invalid, commit.Statements, clock.Elapsed.TotalMilliseconds);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }
}
