using System.Globalization;
using System.Text.RegularExpressions;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// Writes that fail part way (here past a file size limit, as on a full disk). A sync ends with two lines, what failed
/// and where the committed state ends, not a stack trace, and the next run resumes from there to the state of an
/// uninterrupted sync. An output file (<c>--out</c>) is either written whole or not at all: the earlier file stays.
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

    [Theory]
    [InlineData("consolidate")]
    [InlineData("export")]
    public async Task An_output_that_cannot_be_written_whole_leaves_the_earlier_file_and_no_part(string command)
    {
        string output = _folder.File("state.json");
        await File.WriteAllTextAsync(output, "{\"earlier\":true}", TestContext.Current.CancellationToken);
        string[] args = command == "export"
            ? ["export", "--db", await SyncedSample(), "--out", output]
            : ["consolidate", TestPaths.SampleDump, "--out", output];

        var (exitCode, _, errors) = await RmrkCli.RunWithFileSizeLimit(200, args);

        exitCode.ShouldBe(2, errors);
        errors.Trim().ShouldBe($"error: {output}: cannot write the output: the file would grow past the process's file size limit");
        (await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)).ShouldBe("{\"earlier\":true}");
        Directory.GetFiles(_folder.Path, "state.json*").ShouldBe([output], "no partial file is left");
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> SyncedSample()
    {
        string db = _folder.File("sample.sqlite");
        (await RmrkCli.Run("sync", "--source", TestPaths.SampleDump, "--db", db)).ExitCode.ShouldBe(0);
        return db;
    }

    [GeneratedRegex(@"everything through block (?<block>\d+|\(none\)) is committed; run sync again to resume once it can write")]
    private static partial Regex Committed();
}
