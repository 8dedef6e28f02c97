using System.Globalization;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Rmrk.Indexer.Chain.Grpc;
using Rmrk.Indexer.Chain.Grpc.V1;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>rmrk sync --source grpc://host:port</c>: follows a chain core into the database. Exit codes: 0 the stream
/// ended, 2 the chain core broke the contract or could not be reached (committed up to it), 3 database and
/// options disagree, 130 stopped by a signal.
/// </summary>
public static class ChainSync
{
    private const string Scheme = "grpc://";

    public static bool IsChainAddress(string source) => source.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>grpc://host:port</c> → <c>http://host:port</c> (gRPC over HTTP/2 without TLS); null when it is not one.</summary>
    private static Uri? ToHttp(string source) =>
        Uri.TryCreate("http://" + source[Scheme.Length..], UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" ? uri : null;

    public static int Run(string source, string dbPath, SyncSettings settings, ChainFollowerOptions options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        // Checked before the database is touched: a typo in the address must not leave an empty database behind.
        if (ToHttp(source) is not { } address)
        {
            Console.Error.WriteLine($"error: '{source}' is not grpc://host:port");
            return SyncCommand.ExitBadInput;
        }

        try
        {
            var result = RunAsync(address, dbPath, settings, options, loggers, cancellationToken).GetAwaiter().GetResult();
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"synced through block {result.End?.Block.ToString(CultureInfo.InvariantCulture) ?? "-"}: {result.BlocksApplied} blocks applied, {result.BlocksUndone} undone, {result.RemarksApplied} remarks, {result.Reconnects} reconnects in {result.Elapsed.TotalSeconds:F2} s"));
            return result.Cancelled ? SyncCommand.ExitCancelled : 0;
        }
        catch (Exception e) when (e is ChainProtocolException or ChainUnavailableException)
        {
            Console.Error.WriteLine($"error: {source}: {e.Message}");
            Console.Error.WriteLine($"{SyncCommand.Committed(dbPath)}; run sync again to resume");
            return SyncCommand.ExitBadInput;
        }
        catch (SyncException e)
        {
            Console.Error.WriteLine($"error: {dbPath}: {e.Message}");
            return SyncCommand.ExitMismatch;
        }
        catch (StoreOpenException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return SyncCommand.ExitBadInput;
        }
        catch (SqliteException e)
        {
            return SyncCommand.ReportWriteFailure(dbPath, e);
        }
    }

    /// <summary>
    /// The largest message the follower takes. A message is one block, and a Kusama block holds up to 5 MiB of
    /// extrinsics: gRPC's default of 4 MB refused such a block for good (retried, then given up on).
    /// </summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    /// <summary>A channel to a chain core, sized for whole blocks.</summary>
    public static GrpcChannel OpenChannel(Uri address) =>
        GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = MaxMessageBytes });

    public static async Task<ChainSyncResult> RunAsync(Uri address, string dbPath, SyncSettings settings, ChainFollowerOptions options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        using var channel = OpenChannel(address);
        using var store = SqliteStateStore.Open(dbPath);
        var follower = new ChainFollower(store, store, loggers.CreateLogger("Rmrk.Indexer.Chain"), options);
        return await follower.RunAsync(new ChainCore.ChainCoreClient(channel), address.ToString(), settings, cancellationToken).ConfigureAwait(false);
    }
}
