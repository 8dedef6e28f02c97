using System.CommandLine;
using Rmrk.Core.Rmrk2.Output;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>rmrk export --db FILE [--out FILE] [--pretty]</c>: the canonical state from the database — the same bytes
/// <c>consolidate</c> prints for the input that was synced.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db") { Description = "The SQLite database written by sync", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Write the state to this file instead of standard output" };
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON with two spaces" };
        var command = new Command("export", "Print the canonical state held in a database") { db, output, pretty };
        command.SetAction(parse =>
        {
            try
            {
                Export(parse.GetValue(db)!.FullName, parse.GetValue(output)?.FullName, parse.GetValue(pretty));
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or StoreOpenException or OutputException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    public static void Export(string dbPath, string? outputPath, bool pretty)
    {
        OutputFile.RefuseInput(outputPath, dbPath, "database");
        var state = Load(dbPath);
        OutputFile.Write(outputPath, writer => Rmrk2StateWriter.Write(state, writer, pretty));
    }

    /// <summary>The whole stored state, logs included.</summary>
    public static Rmrk2State Load(string dbPath)
    {
        using var store = SqliteStateStore.OpenReadOnly(dbPath);
        var settings = store.ReadSettings() ?? new SyncSettings();
        var state = new Rmrk2State { InteractionChanges = settings.EmitInteractionChanges ? [] : null };
        store.Load(state, includeLogs: true, CancellationToken.None);
        return state;
    }
}
