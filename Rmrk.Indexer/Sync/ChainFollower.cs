using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Indexer.Chain.Grpc;
using Rmrk.Indexer.Chain.Grpc.V1;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Sync;

/// <summary>
/// Follows a chain core (chain_core.proto) into the store. Finalized-only (default): NEW blocks are buffered
/// and applied once FINAL (or the finalized height) covers them, so nothing ever needs undoing. Unfinalized:
/// a NEW block above the finalized height is applied and committed at once with its undo record; UNDO rolls
/// the newest block back exactly and reloads the state; the journal is pruned as finality advances. Final
/// blocks are grouped into batches, committed whenever the stream would wait. Every message is validated
/// before any of it is applied; the cursor (height + hash) is committed with the state, and a dropped stream
/// is resumed after it with exponential backoff and jitter.
/// </summary>
public sealed partial class ChainFollower(IStateStore store, IUndoJournal journal, ILogger logger, ChainFollowerOptions? options = null)
{
    private readonly ChainFollowerOptions _options = options ?? new ChainFollowerOptions();
    private readonly List<ChainStep> _pending = [];
    private readonly Stopwatch _batchClock = new();
    private SyncSettings _settings = new();
    private Consolidator _consolidator = null!;
    private SyncCursor? _cursor;
    private ChainStep? _lastApplied;
    private int _pendingBlocks;
    private long _pendingRemarks;
    private long _finalized;
    private long _streamFinalized;
    private long _blocksApplied;
    private long _blocksUndone;
    private long _remarksApplied;
    private bool _receivedSinceConnect;

    /// <summary>The block the next NEW or first-seen FINAL must build on: the newest buffered, else the cursor.</summary>
    private (long Height, string? Hash)? Head =>
        _pending.Count > 0 ? (_pending[^1].Height, _pending[^1].Hash)
        : _lastApplied is { } b ? (b.Height, b.Hash)
        : _cursor is { } c ? (c.Block, c.Hash) : null;

    /// <summary>The newest block applied to the database (buffered ones excluded).</summary>
    private (long Height, string? Hash)? AppliedHead =>
        _lastApplied is { } b ? (b.Height, b.Hash)
        : _cursor is { } c ? (c.Block, c.Hash) : null;

    public async Task<ChainSyncResult> RunAsync(ChainCore.ChainCoreClient client, string address, SyncSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        _settings = settings;
        Prepare(cancellationToken);
        var start = _cursor;
        var reader = new ChainMessageReader(new RemarkExtractor(new AddressCodec(settings.ExtractionSs58Prefix)));
        int attempt = 0;
        int reconnects = 0;
        bool cancelled = false;
        while (true)
        {
            try
            {
                await FollowOnce(client, address, reader, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (RpcException e) when (cancellationToken.IsCancellationRequested)
            {
                _ = e;
                cancelled = true;
                break;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
                break;
            }
            catch (RpcException e) when (RetryPolicy.IsTransient(e))
            {
                Flush();
                if (_receivedSinceConnect)
                {
                    attempt = 0; // the connection worked for a while: start the backoff afresh
                }

                if (_options.MaxRetries is { } max && attempt >= max)
                {
                    throw new ChainUnavailableException($"chain core at {address} failed {attempt + 1} times in a row; last: {e.StatusCode}: {e.Status.Detail}", e);
                }

                var delay = RetryPolicy.Delay(attempt, _options.InitialBackoff, _options.MaxBackoff);
                attempt++;
                reconnects++;
                Log.ChainReconnecting(logger, e.StatusCode.ToString(), e.Status.Detail, attempt, (long)delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    break;
                }
            }
            catch (RpcException e)
            {
                Flush();
                throw new ChainProtocolException($"chain core at {address} answered {e.StatusCode}: {e.Status.Detail}", e);
            }
            catch (ChainProtocolException)
            {
                // Whole blocks before the bad message stay; nothing of it was applied.
                Flush();
                throw;
            }
        }

        Flush();
        return new ChainSyncResult(start, _cursor, _blocksApplied, _blocksUndone, _remarksApplied, reconnects, clock.Elapsed, cancelled);
    }

    /// <summary>One connection: resume after the committed head, read until the stream ends or fails.</summary>
    private async Task FollowOnce(ChainCore.ChainCoreClient client, string address, ChainMessageReader reader, CancellationToken cancellationToken)
    {
        // Blocks buffered on a dropped stream come again after the cursor.
        _pending.Clear();
        _streamFinalized = 0;
        var request = new StreamRequest { FinalizedOnly = !_options.Unfinalized };
        if (_cursor is { } c)
        {
            request.StartAfter = new BlockRef { Height = (ulong)c.Block, Hash = BlockHashes.FromText(c.Hash) ?? Google.Protobuf.ByteString.Empty };
        }

        Log.ChainConnecting(logger, address, _cursor?.Block, _options.Unfinalized ? "unfinalized" : "finalized only");
        _receivedSinceConnect = false;
        using var call = client.StreamBlocks(request, cancellationToken: cancellationToken);
        var stream = call.ResponseStream;
        while (true)
        {
            var next = stream.MoveNext(cancellationToken);
            if (!next.IsCompleted)
            {
                Flush();
            }

            if (!await next.ConfigureAwait(false))
            {
                return;
            }

            _receivedSinceConnect = true;
            Handle(reader.Read(stream.Current));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
