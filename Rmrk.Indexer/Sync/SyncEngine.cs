using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Rmrk.Core.Rmrk2;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Input;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Sync;

/// <summary>
/// Persisted, resumable, exactly-once consolidation. The whole state lives in memory (loaded from the store when
/// the first block past the cursor comes); blocks are consolidated one by one with the change tracker on; whole
/// blocks are grouped into batches and each batch — touched entities, new invalid entries and the cursor — is one
/// transaction. Blocks up to the committed cursor are skipped, so re-running on the same input changes nothing and
/// a longer input continues where the last run committed. Cancellation is honoured between blocks, after a final
/// commit. With <see cref="SyncEngineOptions.WriteBehind"/> a batch is captured as rows and written on another
/// thread while the next one is consolidated, its write starting with the capture; the run returns only once its
/// last batch is stored.
/// </summary>
public sealed class SyncEngine(IStateStore store, ILogger logger, ISyncProgressSink? progress = null, SyncEngineOptions? options = null)
{
    private readonly SyncEngineOptions _options = options ?? new SyncEngineOptions();

    public SyncResult Run(IBlockSource source, SyncSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        store.MigrateAndAdopt(settings, cancellationToken);

        var start = store.ReadCursor();
        var consolidator = new Consolidator(settings.ToConsolidatorOptions());
        var state = consolidator.State;
        var load = new StateLoad(store, state, start, logger, clock);

        var run = new Batcher(store, state, start, logger, _options);
        ReplayOutcome outcome;
        try
        {
            outcome = Replay(source, consolidator, run, load, start, clock, cancellationToken);

            // Everything before a cancellation or a bad element is whole blocks: commit it.
            run.Commit();
            run.Flush();
            run.RestoreReadIndexes();
        }
        catch
        {
            run.FlushQuietly();
            throw;
        }

        var (skipped, inputError, cancelled) = outcome;
        progress?.Complete();
        var end = run.Cursor;
        if (inputError is not null)
        {
            Log.InputError(logger, end?.Block, inputError);
        }
        else if (cancelled)
        {
            Log.SyncCancelled(logger, end?.Block);
        }

        Log.SyncFinished(logger, end?.Block, run.BlocksApplied, run.RemarksApplied, skipped, run.Commits, (long)clock.Elapsed.TotalMilliseconds);
        return new SyncResult(start, end, run.BlocksApplied, skipped, run.RemarksApplied, run.Commits, load.Time, clock.Elapsed, cancelled, inputError);
    }

    /// <summary>Consolidates the source's blocks past the cursor, committing a batch whenever one is full.</summary>
    private ReplayOutcome Replay(IBlockSource source, Consolidator consolidator, Batcher run, StateLoad load, SyncCursor? start, Stopwatch clock, CancellationToken cancellationToken)
    {
        long skipThrough = start?.Block ?? -1;
        long skipped = 0;
        long previous = -1;
        string? inputError = null;
        bool cancelled = false;
        var batchClock = Stopwatch.StartNew();
        var progressClock = Stopwatch.StartNew();
        using (var blocks = source.ReadBlocks(skipThrough, start?.ResumeAt, cancellationToken).GetEnumerator())
        {
            while (true)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    cancelled = true;
                    break;
                }

                try
                {
                    if (!blocks.MoveNext())
                    {
                        break;
                    }
                }
                catch (InputFormatException e)
                {
                    inputError = e.Message;
                    break;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // A stop asked for while the source waits for its input: every block applied so far is whole.
                    cancelled = true;
                    break;
                }

                var block = blocks.Current;
                if (block.Number <= previous)
                {
                    // Exactly-once rests on block numbers: a source must ascend, as a chain does.
                    inputError = $"block {block.Number} comes after block {previous}: blocks must ascend";
                    break;
                }

                previous = block.Number;
                if (block.Number <= skipThrough)
                {
                    CheckSameChain(start!, block);
                    skipped++;
                    continue;
                }

                try
                {
                    load.Ensure(cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // A stop asked for while the state loads: nothing was applied, so nothing is left half done.
                    cancelled = true;
                    break;
                }

                Apply(consolidator, block);

                run.Applied(block);
                if (run.PendingRemarks >= _options.BatchRemarks || batchClock.Elapsed >= _options.BatchInterval)
                {
                    run.Commit();
                    batchClock.Restart();
                }

                if (progress is not null && progressClock.Elapsed >= _options.ProgressInterval)
                {
                    progress.Report(Progress(run, source.Fraction, clock.Elapsed - load.Time));
                    progressClock.Restart();
                }
            }
        }

        return new ReplayOutcome(skipped, inputError, cancelled);
    }

    private readonly record struct ReplayOutcome(long Skipped, string? InputError, bool Cancelled);

    /// <summary>
    /// The committed state, loaded when the first block past the cursor comes: a run that finds nothing new (the same
    /// dump again) does not load it at all, and the source is read ahead while it loads.
    /// </summary>
    private sealed class StateLoad(IStateStore store, Rmrk2State state, SyncCursor? start, ILogger logger, Stopwatch clock)
    {
        private bool _done;

        /// <summary>How long the run had taken when the state was loaded (zero when it never was).</summary>
        public TimeSpan Time { get; private set; }

        public void Ensure(CancellationToken cancellationToken)
        {
            if (_done)
            {
                return;
            }

            var loading = Stopwatch.StartNew();
            store.Load(state, includeLogs: false, cancellationToken);
            Time = clock.Elapsed;
            Log.StateLoaded(logger, start?.Block, state.Nfts.Count, state.Collections.Count, state.Bases.Count, (long)loading.Elapsed.TotalMilliseconds);
            state.Tracker = new ChangeTracker();
            _done = true;
        }
    }

    private static void Apply(Consolidator consolidator, SourceBlock block)
    {
        var remarks = block.Remarks;
        if (block.Parsed is { } parsed)
        {
            for (int i = 0; i < remarks.Count; i++)
            {
                consolidator.Apply(remarks[i], parsed[i]);
            }

            return;
        }

        foreach (var remark in remarks)
        {
            consolidator.Apply(remark);
        }
    }

    /// <summary>Where the source and the database both know a block's hash, they must agree.</summary>
    private static void CheckSameChain(SyncCursor cursor, SourceBlock block)
    {
        if (block.Number == cursor.Block && cursor.Hash is not null && block.Hash is not null
            && !string.Equals(cursor.Hash, block.Hash, StringComparison.OrdinalIgnoreCase))
        {
            throw new SyncException($"block {block.Number} has hash {block.Hash} in the source but {cursor.Hash} in the database: not the chain this database followed");
        }
    }

    private static SyncProgress Progress(Batcher run, double? fraction, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        TimeSpan? eta = fraction is { } f && f > 0.001 ? TimeSpan.FromSeconds(seconds * (1 - f) / f) : null;
        long? committed = run.Committed?.Block;
        return new SyncProgress(run.LastBlock?.Number ?? committed ?? 0, committed, run.BlocksApplied, run.RemarksApplied, run.RemarksApplied / seconds, fraction, elapsed, eta);
    }

    /// <summary>The batch being built and the counters of the run.</summary>
    private sealed class Batcher(IStateStore store, Rmrk2State state, SyncCursor? start, ILogger logger, SyncEngineOptions options)
    {
        private Task? _writing;
        private bool _readIndexesSuspended;
        private long _remarks = start?.Remarks ?? 0;
        private long _invalid = start?.InvalidCount ?? 0;
        private long _interactions = start?.InteractionCount ?? 0;
        private int _pendingBlocks;
        private SourcePosition? _resumeAt = start?.ResumeAt;
        private SyncCursor? _committed = start;

        /// <summary>The cursor of the last batch handed to the store (with write-behind, perhaps still being written).</summary>
        public SyncCursor? Cursor { get; private set; } = start;

        /// <summary>The cursor of the last batch whose transaction has ended; set on the writing thread.</summary>
        public SyncCursor? Committed => Volatile.Read(ref _committed);

        public SourceBlock? LastBlock { get; private set; }

        public long PendingRemarks { get; private set; }

        public long BlocksApplied { get; private set; }

        public long RemarksApplied { get; private set; }

        public int Commits { get; private set; }

        public void Applied(SourceBlock block)
        {
            LastBlock = block;
            if (block.Remarks.Count > 0)
            {
                // A block with remarks is one of the source's own elements (an empty one may be a dump's sentinel,
                // which a longer dump replaces): a resumed sync seeks to it.
                _resumeAt = new SourcePosition(block.Offset, block.Number);
            }

            _pendingBlocks++;
            PendingRemarks += block.Remarks.Count;
            BlocksApplied++;
            RemarksApplied += block.Remarks.Count;
            _remarks += block.Remarks.Count;
        }

        public void Commit()
        {
            if (_pendingBlocks == 0)
            {
                return;
            }

            var tracker = state.Tracker!;
            var interactions = state.InteractionChanges ?? [];
            _invalid += state.Invalid.Count;
            _interactions += interactions.Count;
            var cursor = new SyncCursor(LastBlock!.Number, LastBlock.Hash, _remarks, _invalid, _interactions, _resumeAt);
            var batch = new StateBatch(tracker.Nfts, tracker.Collections, tracker.Bases, tracker.DestroyedCollections, state.Invalid, interactions, cursor);
            var counts = new BatchCounts(_pendingBlocks, tracker.Nfts.Count, tracker.Collections.Count, tracker.Bases.Count, state.Invalid.Count);

            bool bulk = options.BulkRemarks > 0 && PendingRemarks >= options.BulkRemarks;

            // One write at a time. With write-behind the batch's write starts before its capture does and takes
            // the rows as they come, so the last batch of a replay is written while it is prepared.
            Flush();
            if (bulk && !_readIndexesSuspended)
            {
                store.SuspendReadIndexes();
                _readIndexesSuspended = true;
            }

            var capture = Stopwatch.StartNew();
            var prepared = store.Prepare(batch, options.WriteBehind ? p => _writing = StartWriting(p, cursor, counts) : null);
            Log.BatchCaptured(logger, cursor.Block, capture.Elapsed.TotalMilliseconds);

            // Captured: the logs are the store's now, and the tracker starts the next batch. Keeps memory flat.
            tracker.Clear();
            state.Invalid.Clear();
            state.InteractionChanges?.Clear();
            Cursor = cursor;
            Commits++;
            _pendingBlocks = 0;
            PendingRemarks = 0;

            if (!options.WriteBehind)
            {
                Write(prepared, cursor, counts);
            }
        }

        private Task StartWriting(IPreparedCommit prepared, SyncCursor cursor, BatchCounts counts) =>
            Task.Factory.StartNew(() => Write(prepared, cursor, counts), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        private void Write(IPreparedCommit prepared, SyncCursor cursor, BatchCounts counts)
        {
            var clock = Stopwatch.StartNew();
            prepared.Write();
            Volatile.Write(ref _committed, cursor);
            Log.BatchCommitted(logger, cursor.Block, counts.Blocks, counts.Nfts, counts.Collections, counts.Bases, counts.Invalid, clock.Elapsed.TotalMilliseconds);
        }

        private readonly record struct BatchCounts(int Blocks, int Nfts, int Collections, int Bases, int Invalid);

        /// <summary>After the last batch is stored: builds the read indexes a bulk batch dropped.</summary>
        public void RestoreReadIndexes()
        {
            if (_readIndexesSuspended)
            {
                var clock = Stopwatch.StartNew();
                store.RestoreReadIndexes();
                _readIndexesSuspended = false;
                Log.ReadIndexesRestored(logger, clock.Elapsed.TotalMilliseconds);
            }
        }

        /// <summary>Waits until the last prepared batch is stored; a failed write throws here.</summary>
        public void Flush()
        {
            var writing = _writing;
            _writing = null;
            writing?.GetAwaiter().GetResult();
        }

        /// <summary>On the way out of a failure: the store is about to be closed, so let the write finish first.</summary>
        public void FlushQuietly()
        {
            try
            {
                Flush();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Log.WriteFailedDuringFailure(logger, e);
            }
        }
    }
}
