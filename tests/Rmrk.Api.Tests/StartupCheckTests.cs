using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Rmrk.Api.Queries;
using Rmrk.Tests.Shared;

namespace Rmrk.Api.Tests;

/// <summary>
/// The check the API runs before serving: a file it cannot serve stops start-up with a message naming the file
/// and what to do, never a bare SQLite error. (The test host stops the program at Build, so the check is called
/// directly here, on real files.)
/// </summary>
public sealed class StartupCheckTests(SyncedDatabase db) : IClassFixture<SyncedDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rmrk-api-startup-").FullName;

    [Fact]
    public async Task A_database_written_by_sync_passes()
    {
        await Check(db.Path);
    }

    [Fact]
    public async Task A_missing_file_is_named_with_the_command_that_makes_it()
    {
        string path = Path.Combine(_folder, "missing.sqlite");
        var failure = await Should.ThrowAsync<InvalidOperationException>(() => Check(path));
        failure.Message.ShouldContain(path);
        failure.Message.ShouldContain("rmrk sync");
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_named()
    {
        string path = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(path, new string('x', 4096), TestContext.Current.CancellationToken);
        var failure = await Should.ThrowAsync<InvalidOperationException>(() => Check(path));
        failure.Message.ShouldContain($"{path} is not an rmrk database");
    }

    [Fact]
    public async Task A_file_left_mid_transaction_asks_for_a_sync_to_recover_it()
    {
        string path = Path.Combine(_folder, "hot.sqlite");
        HotJournal.Leave(path, _folder, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY); INSERT INTO schema_version VALUES (3);");
        var failure = await Should.ThrowAsync<InvalidOperationException>(() => Check(path));
        failure.Message.ShouldContain($"{path} needs recovery");
        File.Exists(path + "-journal").ShouldBeTrue("the API never writes, not even to roll back");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Task Check(string path) =>
        new ReadOnlyDatabase(Options.Create(new ApiOptions { Database = path })).EnsureCompatibleAsync(TestContext.Current.CancellationToken);
}
