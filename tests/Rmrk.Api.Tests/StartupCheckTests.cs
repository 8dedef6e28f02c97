using Microsoft.Extensions.Options;
using Rmrk.Api.Queries;
using Rmrk.Tests.Shared;

namespace Rmrk.Api.Tests;

/// <summary>
/// The check the API runs before serving: a file it cannot serve stops start-up with a message naming the file
/// and what to do, never a bare SQLite error. The check is called directly on real files; the program itself is
/// run as a process too, to see that it ends with that one line and exit code 2 rather than an abort.
/// </summary>
public sealed class StartupCheckTests(SyncedDatabase db) : IClassFixture<SyncedDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rmrk-api-startup-").FullName;
    private readonly List<ReadOnlyDatabase> _checked = [];

    [Fact]
    public async Task A_database_written_by_sync_passes()
    {
        await Check(db.Path);
    }

    [Fact]
    public async Task A_missing_file_is_named_with_the_command_that_makes_it()
    {
        string path = Path.Combine(_folder, "missing.sqlite");
        var failure = await Should.ThrowAsync<DatabaseUnusableException>(() => Check(path));
        failure.Message.ShouldContain(path);
        failure.Message.ShouldContain("rmrk sync");
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_named()
    {
        string path = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(path, new string('x', 4096), TestContext.Current.CancellationToken);
        var failure = await Should.ThrowAsync<DatabaseUnusableException>(() => Check(path));
        failure.Message.ShouldContain($"{path} is not an rmrk database");
    }

    [Fact]
    public async Task A_file_left_mid_transaction_asks_for_a_sync_to_recover_it()
    {
        string path = Path.Combine(_folder, "hot.sqlite");
        HotJournal.Leave(path, _folder, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY); INSERT INTO schema_version VALUES (3);");
        var failure = await Should.ThrowAsync<DatabaseUnusableException>(() => Check(path));
        failure.Message.ShouldContain($"{path} needs recovery");
        File.Exists(path + "-journal").ShouldBeTrue("the API never writes, not even to roll back");
    }

    [Fact]
    public async Task The_program_without_its_database_prints_one_line_and_exits_with_2()
    {
        string path = Path.Combine(_folder, "missing.sqlite");

        var (exitCode, _, errors) = await RunApi($"--Rmrk:Database={path}");

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe($"error: Rmrk:Database {path} does not exist; run `rmrk sync` first");
    }

    [Theory]
    [InlineData("MaxPageSize")]
    [InlineData("MaxTreeNodes")]
    public async Task The_program_with_an_invalid_setting_names_it_and_exits_with_2(string setting)
    {
        var (exitCode, _, errors) = await RunApi($"--Rmrk:Database={db.Path}", $"--Rmrk:{setting}=0");

        exitCode.ShouldBe(2);
        errors.Trim().ShouldStartWith("error: ");
        errors.ShouldContain(setting);
    }

    [Fact]
    public async Task The_program_started_from_another_folder_reads_the_settings_shipped_beside_it()
    {
        // scripts/run.sh starts it from the repository root. Its appsettings.json names rmrk.sqlite as the database
        // (and quietens the framework's per-request logs); without it, the database would be unset.
        var (exitCode, _, errors) = await DotnetProgram.Run(ApiDll, ["--urls=http://127.0.0.1:0"], workingDirectory: _folder);

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe("error: Rmrk:Database rmrk.sqlite does not exist; run `rmrk sync` first");
    }

    public void Dispose()
    {
        // Only the pools of the files this test opened: the test classes run in parallel, and clearing every pool
        // closed connections the API tests were opening (ObjectDisposedException, one run in many).
        foreach (var database in _checked)
        {
            database.ReleasePooledConnections();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static string ApiDll => Path.Combine(AppContext.BaseDirectory, "Rmrk.Api.dll");

    private static Task<(int ExitCode, string Output, string Errors)> RunApi(params string[] args) =>
        DotnetProgram.Run(ApiDll, ["--urls=http://127.0.0.1:0", .. args]);

    private Task Check(string path)
    {
        var database = new ReadOnlyDatabase(Options.Create(new ApiOptions { Database = path }));
        _checked.Add(database);
        return database.EnsureCompatibleAsync(TestContext.Current.CancellationToken);
    }
}
