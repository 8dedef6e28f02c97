using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// A database that stops accepting writes part way (here a file size limit, as a full disk would): the sync ends
/// with two lines, what failed and where the committed state ends, not a stack trace; the next run resumes from there
/// to the state of an uninterrupted sync.
/// </summary>
public sealed partial class WriteFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_database_that_cannot_be_written_stops_the_sync_with_a_clear_error_and_the_next_run_resumes()
    {
        string db = _folder.File("db.sqlite");

        var (exitCode, errors) = await SyncWithFileSizeLimit(db, kilobytes: 1500);

        exitCode.ShouldBe(2, errors);
        errors.ShouldContain($"error: {db}: cannot write the database (SQLite Error 10: 'disk I/O error'); is the disk full?");
        errors.ShouldNotContain("   at ");
        var committed = Committed().Match(errors);
        committed.Success.ShouldBeTrue(errors);
        long block = committed.Groups["block"].Value == "(none)" ? -1 : long.Parse(committed.Groups["block"].Value, CultureInfo.InvariantCulture);
        SyncHarness.CommittedBlock(db).ShouldBe(block);

        (await RmrkCli.Run("sync", "--source", TestPaths.SampleDump, "--db", db)).ExitCode.ShouldBe(0);
        SyncHarness.Export(db).ShouldBe(SyncHarness.Consolidate(SyncHarness.ReadDump(TestPaths.SampleDump)));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// The shell's file size limit, with SIGXFSZ ignored so that a write past it fails instead of killing the process;
    /// the runtime's double-mapped code pages are files too, so they are turned off.
    /// </summary>
    private static async Task<(int ExitCode, string Errors)> SyncWithFileSizeLimit(string db, int kilobytes)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"ulimit -f {kilobytes}; trap '' XFSZ; exec dotnet \"$0\" sync --source \"$1\" --db \"$2\" --batch-remarks 500"));
        start.ArgumentList.Add(TestPaths.RmrkDll);
        start.ArgumentList.Add(TestPaths.SampleDump);
        start.ArgumentList.Add(db);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        string errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        _ = await output;
        return (process.ExitCode, errors);
    }

    [GeneratedRegex(@"everything through block (?<block>\d+|\(none\)) is committed; run sync again to resume once it can write")]
    private static partial Regex Committed();
}
