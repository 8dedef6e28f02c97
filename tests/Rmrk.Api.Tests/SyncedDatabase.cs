using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rmrk.Api.Queries;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Api.Tests;

/// <summary>
/// A real SQLite database written by the indexer's sync from the bundled sample dump, and the in-memory
/// consolidation of the same dump to check the API's answers against. Shared by a test class.
/// </summary>
public sealed class SyncedDatabase : IDisposable
{
    public SyncedDatabase()
    {
        string root = FindRoot();
        string dump = System.IO.Path.Combine(root, "samples", "kanaria-5k.dump.json");
        Folder = Directory.CreateTempSubdirectory("rmrk-api-tests-").FullName;
        Path = System.IO.Path.Combine(Folder, "rmrk.sqlite");
        using (var store = SqliteStateStore.Open(Path))
        using (var reader = DumpReader.Open(dump))
        {
            var source = new DumpBlockSource(reader, new RemarkExtractor(new AddressCodec(2)));
            new SyncEngine(store, NullLogger.Instance, null, null).Run(source, new SyncSettings(), CancellationToken.None);
        }

        using var again = DumpReader.Open(dump);
        State = new Consolidator();
        foreach (var block in new DumpBlockSource(again, new RemarkExtractor(new AddressCodec(2))).ReadBlocks(-1))
        {
            State.Consolidate(block.Remarks);
        }
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>The same dump consolidated in memory.</summary>
    public Consolidator State { get; }

    public void Dispose()
    {
        // This file's pool only: another class's tests may be opening connections to their own file meanwhile.
        new ReadOnlyDatabase(Options.Create(new ApiOptions { Database = Path })).ReleasePooledConnections();
        Directory.Delete(Folder, recursive: true);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Rmrk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Rmrk.sln not found");
    }
}
