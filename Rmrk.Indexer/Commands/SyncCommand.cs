using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Hosting;
using Rmrk.Indexer.Input;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>rmrk sync --source DUMP --db FILE</c>: consolidates a dump into a SQLite database, resuming from its cursor.
/// Exit codes: 0 done, 2 bad input or a database that cannot be used or written (committed up to it), 3 database and
/// options disagree, 130 stopped by a signal.
/// </summary>
public static class SyncCommand
{
    public const int ExitBadInput = 2;
    public const int ExitMismatch = 3;
    public const int ExitCancelled = 130;

    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "An rmrk-tools dump (JSON array or NDJSON, optionally gzip-compressed), or a chain core: grpc://host:port", Required = true };
        var db = new Option<FileInfo>("--db") { Description = "The SQLite database (created if missing)", Required = true };
        var ss58 = new Option<int?>("--ss58") { Description = "SS58 prefix to re-encode addresses to (default 2, Kusama)" }.Ss58Prefix();
        var emitInteractions = new Option<bool>("--emit-interaction-changes") { Description = "Keep the per-remark interaction log" };
        var emitEmotes = new Option<bool>("--emit-emote-changes") { Description = "Record EMOTE toggles in NFT changes" };
        var batchRemarks = new Option<int?>("--batch-remarks") { Description = "Commit after this many remarks (default 500000)" }.InRange(1);
        var batchMs = new Option<int?>("--batch-ms") { Description = "Commit after this many milliseconds (default 5000)" }.InRange(1);
        var bulkRemarks = new Option<int?>("--bulk-remarks")
        {
            Description = "Dumps only: write a batch of at least this many remarks as a bulk replay: read indexes built once at the end, commits through a rollback journal, so readers wait for each commit (default 50000; 0 = never)",
        }.InRange(0);
        var verbose = new Option<bool>("--verbose") { Description = "Log every commit" };
        var unfinalized = new Option<bool>("--unfinalized") { Description = "grpc:// only: apply blocks before they are final and roll them back on UNDO (default: finalized blocks only)" };
        var maxRetries = new Option<int?>("--max-retries") { Description = "grpc:// only: give up after this many failed reconnects in a row (default: never)" }.InRange(0);
        var command = new Command("sync", "Consolidate a dump or a chain core's blocks into a SQLite database, resuming where the last run committed")
        {
            source, db, ss58, emitInteractions, emitEmotes, batchRemarks, batchMs, bulkRemarks, verbose, unfinalized, maxRetries,
        };
        command.SetAction(parse =>
        {
            var settings = new SyncSettings(parse.GetValue(ss58) ?? 2, parse.GetValue(emitInteractions), parse.GetValue(emitEmotes));
            var engineOptions = new SyncEngineOptions();
            if (parse.GetValue(batchRemarks) is { } n)
            {
                engineOptions = engineOptions with { BatchRemarks = n };
            }

            if (parse.GetValue(batchMs) is { } ms)
            {
                engineOptions = engineOptions with { BatchInterval = TimeSpan.FromMilliseconds(ms) };
            }

            if (parse.GetValue(bulkRemarks) is { } bulk)
            {
                engineOptions = engineOptions with { BulkRemarks = bulk };
            }

            using var loggers = IndexerConsole.CreateLoggerFactory(parse.GetValue(verbose) ? LogLevel.Debug : null);
            using var cancellation = new CancellationTokenSource();
            using var signals = IndexerConsole.CancelOnSignals(cancellation);
            string sourceText = parse.GetValue(source)!;
            string dbPath = parse.GetValue(db)!.FullName;
            if (ChainSync.IsChainAddress(sourceText))
            {
                var followerOptions = new ChainFollowerOptions
                {
                    Unfinalized = parse.GetValue(unfinalized),
                    MaxRetries = parse.GetValue(maxRetries),
                    BatchRemarks = engineOptions.BatchRemarks,
                    BatchInterval = engineOptions.BatchInterval,
                };
                return ChainSync.Run(sourceText, dbPath, settings, followerOptions, loggers, cancellation.Token);
            }

            return Run(Path.GetFullPath(sourceText), dbPath, settings, engineOptions, loggers, cancellation.Token, out _);
        });
        return command;
    }

    /// <summary>
    /// A dump as the sync reads it: elements read, extracted into remarks and parsed on a reader thread, a bounded
    /// number of blocks ahead of the consolidation. A block dump's remarks are parsed as they are extracted, their
    /// texts never made strings; what arrives unparsed (a <c>Remark[]</c> file) is parsed on the same thread after.
    /// </summary>
    public static IBlockSource DumpSource(DumpReader reader, SyncSettings settings)
    {
        var options = settings.ToConsolidatorOptions();
        var extractor = new RemarkExtractor(new AddressCodec(settings.ExtractionSs58Prefix));
        var dump = new DumpBlockSource(reader, extractor, new InteractionParser(new AddressCodec(options.EffectiveSs58Prefix)));
        return new PrefetchingBlockSource(new ParsingBlockSource(dump, options));
    }

    /// <summary>
    /// A database that failed under the sync (a full disk, a file size limit, a broken file): one line saying so instead
    /// of a stack trace, and where the committed state ends, since every batch before the failed one stays.
    /// </summary>
    internal static int ReportWriteFailure(string dbPath, SqliteException failure)
    {
        // Full (13) and I/O (10) are what a full disk or a file size limit give; anything else is named as it is.
        string hint = failure.SqliteErrorCode is SQLitePCL.raw.SQLITE_FULL or SQLitePCL.raw.SQLITE_IOERR ? "; is the disk full?" : string.Empty;
        Console.Error.WriteLine($"error: {dbPath}: cannot write the database ({failure.Message.TrimEnd('.')}){hint}");
        Console.Error.WriteLine($"{Committed(dbPath)}; run sync again to resume once it can write");
        return ExitBadInput;
    }

    /// <summary>Where a stopped sync's committed state ends, read back as a reader would (no writer's lock, no recovery).</summary>
    internal static string Committed(string dbPath)
    {
        try
        {
            using var store = SqliteStateStore.OpenReadOnly(dbPath);
            return $"everything through block {store.ReadCursor()?.Block.ToString(CultureInfo.InvariantCulture) ?? "(none)"} is committed";
        }
        catch (Exception e) when (e is StoreOpenException or SqliteException)
        {
            return "what was committed before stays";
        }
    }

    /// <summary>Runs one sync; shared with <c>bench-sync</c>.</summary>
    internal static int Run(string sourcePath, string dbPath, SyncSettings settings, SyncEngineOptions engineOptions, ILoggerFactory loggers, CancellationToken cancellationToken, out SyncResult? result)
    {
        var logger = loggers.CreateLogger("Rmrk.Indexer.Sync");
        result = null;
        try
        {
            using var reader = DumpReader.Open(sourcePath);
            using var store = SqliteStateStore.Open(dbPath);
            var blocks = DumpSource(reader, settings);
            Log.SyncStarting(logger, sourcePath, dbPath);
            var engine = new SyncEngine(store, logger, IndexerConsole.CreateProgress(logger), engineOptions);
            result = engine.Run(blocks, settings, cancellationToken);
        }
        catch (InputFormatException e)
        {
            Console.Error.WriteLine($"error: {e.MessageAt(sourcePath)}");
            return ExitBadInput;
        }
        catch (SyncException e)
        {
            Console.Error.WriteLine($"error: {dbPath}: {e.Message}");
            return ExitMismatch;
        }
        catch (StoreOpenException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitBadInput;
        }
        catch (SqliteException e)
        {
            return ReportWriteFailure(dbPath, e);
        }

        double seconds = result.Elapsed.TotalSeconds;
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"synced through block {result.End?.Block.ToString(CultureInfo.InvariantCulture) ?? "-"}: {result.BlocksApplied} blocks, {result.RemarksApplied} remarks in {seconds:F2} s ({result.RemarksApplied / Math.Max(seconds, 1e-9):F0} remarks/s), {result.BlocksSkipped} committed blocks read again, {result.Commits} commits"));
        if (result.InputError is not null)
        {
            Console.Error.WriteLine($"error: {sourcePath}: {result.InputError}");
            Console.Error.WriteLine($"everything through block {result.End?.Block.ToString(CultureInfo.InvariantCulture) ?? "(none)"} is committed; fix the input and run sync again to resume");
            return ExitBadInput;
        }

        return result.Cancelled ? ExitCancelled : 0;
    }
}
