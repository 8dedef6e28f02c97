using System.CommandLine;
using System.Globalization;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Commands;

/// <summary><c>rmrk status --db FILE</c>: the cursor, the options and the row counts of a database.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db") { Description = "The SQLite database written by sync", Required = true };
        var command = new Command("status", "Show a database's cursor and counts") { db };
        command.SetAction(parse =>
        {
            try
            {
                Console.Out.Write(Describe(parse.GetValue(db)!.FullName));
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or StoreOpenException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    public static string Describe(string dbPath)
    {
        using var store = SqliteStateStore.OpenReadOnly(dbPath);
        var cursor = store.ReadCursor();
        var settings = store.ReadSettings();
        var counts = store.ReadCounts();
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"database:      {dbPath}",
            string.Create(c, $"schema:        version {store.SchemaVersion}"),
            settings is null ? "options:       (none yet)" : $"options:       {settings.Describe()}",
            cursor is null ? "cursor:        (nothing committed)" : string.Create(c, $"cursor:        block {cursor.Block}{(cursor.Hash is null ? string.Empty : " " + cursor.Hash)}"),
            string.Create(c, $"remarks:       {cursor?.Remarks ?? 0}"),
            string.Create(c, $"nfts:          {counts.Nfts} ({counts.BurnedNfts} burned, {counts.ListedNfts} listed)"),
            string.Create(c, $"collections:   {counts.Collections}"),
            string.Create(c, $"bases:         {counts.Bases}"),
            string.Create(c, $"resources:     {counts.Resources}"),
            string.Create(c, $"changes:       {counts.Changes}"),
            string.Create(c, $"invalid:       {counts.Invalid}"),
        };
        if (settings?.EmitInteractionChanges == true)
        {
            lines.Add(string.Create(c, $"interactions:  {counts.Interactions}"));
        }

        return string.Join('\n', lines) + "\n";
    }
}
