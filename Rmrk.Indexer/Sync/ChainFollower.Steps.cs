using Rmrk.Core.Rmrk2;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Chain.Grpc;
using Rmrk.Indexer.Chain.Grpc.V1;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Sync;

public sealed partial class ChainFollower
{
    private long _remarks;
    private long _invalid;
    private long _interactions;

    /// <summary>Schema, settings, state; in finalized-only mode, unfinalized blocks of an earlier run are rolled back.</summary>
    private void Prepare(CancellationToken cancellationToken)
    {
        store.MigrateAndAdopt(_settings, cancellationToken);

        if (!_options.Unfinalized)
        {
            int undone = 0;
            while (journal.ReadJournal().Count > 0)
            {
                var head = store.ReadCursor();
                journal.UndoHead();
                undone++;
                _blocksUndone++;
                _options.OnUndone?.Invoke(head!.Block, head.Hash ?? string.Empty);
            }

            if (undone > 0)
            {
                Log.ChainJournalRolledBack(logger, undone);
            }
        }

        Reload(cancellationToken);
    }

    /// <summary>State and counters from the store (at start and after an UNDO).</summary>
    private void Reload(CancellationToken cancellationToken)
    {
        _cursor = store.ReadCursor();
        _lastApplied = null;
        _consolidator = new Consolidator(_settings.ToConsolidatorOptions());
        var state = _consolidator.State;
        store.Load(state, includeLogs: false, cancellationToken);
        state.Tracker = new ChangeTracker();
        _remarks = _cursor?.Remarks ?? 0;
        _invalid = _cursor?.InvalidCount ?? 0;
        _interactions = _cursor?.InteractionCount ?? 0;
        _pendingBlocks = 0;
        _pendingRemarks = 0;
    }

    private void Handle(ChainStep step)
    {
        // Within one stream finality only moves forward. A new connection may start from an older view (a lagging
        // node, a replay): what was final stays final, so the highest finality seen keeps deciding what to apply.
        if (step.FinalizedHeight < _streamFinalized)
        {
            throw new ChainProtocolException($"chain core sent finalized height {step.FinalizedHeight} after {_streamFinalized}: finality never goes back");
        }

        _streamFinalized = step.FinalizedHeight;
        _finalized = Math.Max(_finalized, step.FinalizedHeight);
        switch (step.Step)
        {
            case Step.New:
                CheckLinks(step);
                if (!_options.Unfinalized)
                {
                    _pending.Add(step);
                }
                else if (step.Height <= _finalized)
                {
                    Apply(step, journaled: false);
                }
                else
                {
                    Flush();
                    Apply(step, journaled: true);
                }

                break;
            case Step.Undo:
                Undo(step);
                break;
            default:
                Final(step);
                break;
        }

        ApplyCoveredPending();
        if (_options.Unfinalized)
        {
            PruneFinal();
        }
    }

    private void Final(ChainStep step)
    {
        // A confirmation of a block already applied (buffered blocks are applied as soon as the finalized height
        // covers them, so their FINAL often comes after).
        if (AppliedHead is { } applied && step.Height <= applied.Height)
        {
            if (step.Height == applied.Height && applied.Hash is not null && !SameHash(applied.Hash, step.Hash))
            {
                throw new ChainProtocolException($"chain core finalized block {step.Height} {step.Hash}, but block {applied.Height} here is {applied.Hash}: it should have been undone first");
            }

            foreach (var j in journal.ReadJournal())
            {
                if (j.Block == step.Height && !SameHash(j.Hash, step.Hash))
                {
                    throw new ChainProtocolException($"chain core finalized block {step.Height} {step.Hash}, but the applied block {j.Block} is {j.Hash}: it should have been undone first");
                }
            }

            return;
        }

        if (_pending.Count > 0)
        {
            var first = _pending[0];
            if (first.Height != step.Height || !SameHash(first.Hash, step.Hash))
            {
                throw new ChainProtocolException($"chain core finalized block {step.Height} {step.Hash}, but the next buffered block is {first.Height} {first.Hash}");
            }

            _pending.RemoveAt(0);
            Apply(first, journaled: false);
            return;
        }

        CheckLinks(step);
        Apply(step, journaled: false);
    }

    private void Undo(ChainStep step)
    {
        var head = Head ?? throw new ChainProtocolException($"chain core sent UNDO {step.Height} {step.Hash}, but no block is applied");
        if (head.Height != step.Height || !SameHash(head.Hash, step.Hash))
        {
            throw new ChainProtocolException($"chain core sent UNDO {step.Height} {step.Hash}, but the head here is {head.Height} {head.Hash}: only the head can be undone");
        }

        if (_pending.Count > 0)
        {
            _pending.RemoveAt(_pending.Count - 1);
            return;
        }

        if (!_options.Unfinalized || step.Height <= _finalized)
        {
            throw new ChainProtocolException($"chain core sent UNDO {step.Height} {step.Hash}, a block applied here as final");
        }

        Flush();
        var journaled = journal.ReadJournal();
        if (journaled.Count == 0 || journaled[^1].Block != step.Height)
        {
            throw new ChainProtocolException($"chain core sent UNDO {step.Height} {step.Hash}, a block applied here as final");
        }

        var previous = journal.UndoHead();
        if (previous is not null && (previous.Block != step.ParentHeight || !SameHash(previous.Hash, step.ParentHash)))
        {
            // The rollback is committed and exact; the server's claim about the parent is what is wrong.
            Reload(CancellationToken.None);
            throw new ChainProtocolException($"chain core sent UNDO {step.Height} with parent {step.ParentHeight} {step.ParentHash}, but the block before it here is {previous.Block} {previous.Hash}");
        }

        _blocksUndone++;
        Reload(CancellationToken.None);
        Log.ChainUndone(logger, step.Height, step.Hash);
        _options.OnUndone?.Invoke(step.Height, step.Hash);
    }

    /// <summary>Finalized-only mode: buffered blocks at or below the finalized height are final.</summary>
    private void ApplyCoveredPending()
    {
        while (_pending.Count > 0 && _pending[0].Height <= _finalized)
        {
            var block = _pending[0];
            _pending.RemoveAt(0);
            Apply(block, journaled: false);
        }
    }

    private void PruneFinal()
    {
        var journaled = journal.ReadJournal();
        if (journaled.Count > 0 && journaled[0].Block <= _finalized)
        {
            journal.PruneJournal(_finalized);
        }
    }

    /// <summary>A NEW or first-seen FINAL block must build on the head.</summary>
    private void CheckLinks(ChainStep step)
    {
        if (Head is not { } head)
        {
            return;
        }

        if (step.ParentHeight != head.Height || (head.Hash is not null && !SameHash(head.Hash, step.ParentHash)))
        {
            throw new ChainProtocolException($"chain core sent {step.Step} {step.Height} on parent {step.ParentHeight} {step.ParentHash}, but the head here is {head.Height} {head.Hash}");
        }
    }

    private void Apply(ChainStep block, bool journaled)
    {
        foreach (var remark in block.Remarks)
        {
            _consolidator.Apply(remark);
        }

        _lastApplied = block;
        _pendingBlocks++;
        _pendingRemarks += block.Remarks.Count;
        _remarks += block.Remarks.Count;
        _blocksApplied++;
        _remarksApplied += block.Remarks.Count;
        if (!_batchClock.IsRunning)
        {
            _batchClock.Restart();
        }

        if (journaled)
        {
            Commit(journaled: true);
        }
        else if (_pendingRemarks >= _options.BatchRemarks || _batchClock.Elapsed >= _options.BatchInterval)
        {
            Flush();
        }

        _options.OnApplied?.Invoke(block.Height, block.Hash);
    }

    /// <summary>Commits the open batch of final blocks, if any.</summary>
    private void Flush()
    {
        if (_pendingBlocks > 0)
        {
            Commit(journaled: false);
        }
    }

    private void Commit(bool journaled)
    {
        var state = _consolidator.State;
        var tracker = state.Tracker!;
        var interactions = state.InteractionChanges ?? [];
        _invalid += state.Invalid.Count;
        _interactions += interactions.Count;
        var block = _lastApplied!;
        var cursor = new SyncCursor(block.Height, block.Hash, _remarks, _invalid, _interactions);
        var batch = new StateBatch(tracker.Nfts, tracker.Collections, tracker.Bases, tracker.DestroyedCollections, state.Invalid, interactions, cursor);
        if (journaled)
        {
            journal.CommitJournaled(batch);
        }
        else
        {
            store.Commit(batch);
        }

        tracker.Clear();
        state.Invalid.Clear();
        state.InteractionChanges?.Clear();
        _cursor = cursor;
        _pendingBlocks = 0;
        _pendingRemarks = 0;
        _batchClock.Reset();
    }

    private static bool SameHash(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
