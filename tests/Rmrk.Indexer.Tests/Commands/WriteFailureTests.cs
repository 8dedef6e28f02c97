using System.Globalization;
using System.Text.RegularExpressions;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// A database that stops accepting writes part way (here past a file size limit, as on a full disk): the sync ends
/// with two lines, what failed and where the committed state ends, not a stack trace, and the next run resumes from
/// there to the state of an uninterrupted sync.
/// </summary>
public sealed partial class WriteFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_database_that_cannot_be_written_stops_the_sync_with_a_clear_error_and_the_next_run_resumes()
    {
        string db = _folder.File("db.sqlite");

        var (exitCode, _, errors) = await RmrkCli.RunWithFileSizeLimit(1500, "sync", "--source", TestPaths.SampleDump, "--db", db, "--batch-remarks", "500");

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

    [GeneratedRegex(@"everything through block (?<block>\d+|\(none\)) is committed; run sync again to resume once it can write")]
    private static partial Regex Committed();
}
