using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Core.Rmrk2.Output;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Chain;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Commands;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests;

/// <summary>Runs syncs and exports in-process against real SQLite files.</summary>
public static class SyncHarness
{
    public static SyncResult Sync(string dbPath, IBlockSource source, SyncSettings? settings = null, SyncEngineOptions? options = null)
    {
        using var store = SqliteStateStore.Open(dbPath);
        return new SyncEngine(store, NullLogger.Instance, null, options).Run(source, settings ?? new SyncSettings(), TestContext.Current.CancellationToken);
    }

    public static SyncResult SyncDump(string dbPath, string dumpPath, SyncSettings? settings = null, SyncEngineOptions? options = null)
    {
        settings ??= new SyncSettings();
        using var reader = DumpReader.Open(dumpPath);
        return Sync(dbPath, SyncCommand.DumpSource(reader, settings), settings, options);
    }

    public static string Export(string dbPath, bool pretty = false)
    {
        return Written(ExportCommand.Load(dbPath), pretty);
    }

    /// <summary>A state as the canonical JSON that <c>consolidate</c> and <c>export</c> print.</summary>
    public static string Written(Rmrk2State state, bool pretty = false)
    {
        using var writer = new StringWriter();
        Rmrk2StateWriter.Write(state, writer, pretty);
        return writer.ToString();
    }

    /// <summary>The in-memory consolidation of the same blocks: what an export must equal.</summary>
    public static string Consolidate(IEnumerable<SourceBlock> blocks, SyncSettings? settings = null)
    {
        var consolidator = new Consolidator((settings ?? new SyncSettings()).ToConsolidatorOptions());
        foreach (var block in blocks)
        {
            consolidator.Consolidate(block.Remarks);
        }

        return Written(consolidator.State);
    }

    public static List<SourceBlock> ReadDump(string dumpPath, int extractionSs58Prefix = 2)
    {
        using var reader = DumpReader.Open(dumpPath);
        return [.. new DumpBlockSource(reader, new RemarkExtractor(new AddressCodec(extractionSs58Prefix))).ReadBlocks(-1)];
    }

    /// <summary>The block of the committed cursor, read as another process would; -1 before the first commit.</summary>
    public static long CommittedBlock(string dbPath)
    {
        if (!File.Exists(dbPath))
        {
            return -1;
        }

        using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sync_cursor'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return -1;
        }

        command.CommandText = "SELECT COALESCE(MAX(block), -1) FROM sync_cursor";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
