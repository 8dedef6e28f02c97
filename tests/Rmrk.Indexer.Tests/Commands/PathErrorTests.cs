using System.Text.Json;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// The commands that take <c>--db</c>, <c>--source</c> or <c>--out</c>, given a path they cannot use: a one-line
/// error naming it once and exit code 2, not a stack trace. An output that cannot be written whole (here past a file
/// size limit, as on a full disk) is such an error too, and what it left does not parse as a state.
/// </summary>
public sealed class PathErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("sync")]
    [InlineData("status")]
    [InlineData("export")]
    public async Task A_file_that_is_not_a_database_gets_a_clear_error(string command)
    {
        string path = _folder.File("notes.txt");
        await File.WriteAllTextAsync(path, "not a database\n", TestContext.Current.CancellationToken);
        string[] args = command == "sync"
            ? ["sync", "--source", TestPaths.SampleDump, "--db", path]
            : [command, "--db", path];

        var (exitCode, _, errors) = await RmrkCli.Run(args);

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe($"error: {path}: cannot open the database: it is not an SQLite database");
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("bench-sync")]
    public async Task A_missing_dump_is_named_once(string command)
    {
        string missing = _folder.File("missing.json");
        string[] args = command == "sync"
            ? ["sync", "--source", missing, "--db", _folder.File("db.sqlite")]
            : ["bench-sync", "--source", missing];

        var (exitCode, _, errors) = await RmrkCli.Run(args);

        exitCode.ShouldBe(2);
        errors.Trim().ShouldStartWith($"error: {missing}: cannot read the file: ");
    }

    [Fact]
    public async Task A_malformed_chain_address_is_refused_before_the_database_is_created()
    {
        string db = _folder.File("db.sqlite");

        var (exitCode, _, errors) = await RmrkCli.Run("sync", "--source", "grpc://::::", "--db", db);

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe("error: 'grpc://::::' is not grpc://host:port");
        File.Exists(db).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2.0.0")]
    [InlineData("1.0.0")]
    [InlineData("both")]
    [InlineData("export")]
    public async Task An_output_in_a_missing_folder_is_named(string specOrExport)
    {
        string sample = TestPaths.SampleDump;
        string output = Path.Combine(_folder.File("missing-folder"), "state.json");
        string[] args = specOrExport == "export"
            ? ["export", "--db", await SyncedSample(sample), "--out", output]
            : ["consolidate", sample, "--spec", specOrExport, "--out", output];

        var (exitCode, _, errors) = await RmrkCli.Run(args);

        exitCode.ShouldBe(2);
        errors.Trim().ShouldStartWith($"error: {output}: cannot write the output: ");
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_whole_is_an_error_and_not_a_json_document()
    {
        string output = _folder.File("state.json");
        string db = await SyncedSample(TestPaths.SampleDump);
        foreach (string[] args in (string[][])[["consolidate", TestPaths.SampleDump, "--out", output], ["export", "--db", db, "--out", output]])
        {
            var (exitCode, _, errors) = await RmrkCli.RunWithFileSizeLimit(200, args);

            exitCode.ShouldBe(2, errors);
            errors.Trim().ShouldBe($"error: {output}: cannot write the output: the file would grow past the process's file size limit");
            string left = await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken);
            Should.Throw<JsonException>(() => JsonDocument.Parse(left), $"{args[0]} left {left.Length} characters that parse as a state");
        }
    }

    [Fact]
    public async Task An_output_that_is_a_device_is_written_in_place()
    {
        var (exitCode, output, errors) = await RmrkCli.Run("consolidate", TestPaths.SampleDump, "--out", "/dev/stdout");

        exitCode.ShouldBe(0, errors);
        output.ShouldBe((await RmrkCli.Run("consolidate", TestPaths.SampleDump)).Output);
        new FileInfo("/dev/stdout").LinkTarget.ShouldNotBeNull("still the link to the process's output, not a file renamed over it");
    }

    [Fact]
    public async Task An_output_that_is_the_input_is_refused_and_the_input_kept()
    {
        string db = await SyncedSample(TestPaths.SampleDump);
        string link = _folder.File("link.sqlite");
        File.CreateSymbolicLink(link, db);
        string input = _folder.File("input.json");
        File.Copy(TestPaths.SampleDump, input);
        byte[] dbBefore = await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken);

        foreach (var (args, output, what) in new[]
        {
            (new[] { "export", "--db", db, "--out", db }, db, "database"),
            (["export", "--db", db, "--out", link], link, "database"),
            (["consolidate", input, "--out", input], input, "input"),
            (["consolidate", input, "--spec", "both", "--out", input], input, "input"),
        })
        {
            var (exitCode, _, errors) = await RmrkCli.Run(args);

            exitCode.ShouldBe(2, string.Join(' ', args));
            errors.Trim().ShouldBe($"error: {output}: is the {what}; writing the output there would replace it");
        }

        (await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken)).ShouldBe(dbBefore);
        (await File.ReadAllBytesAsync(input, TestContext.Current.CancellationToken)).ShouldBe(await File.ReadAllBytesAsync(TestPaths.SampleDump, TestContext.Current.CancellationToken));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> SyncedSample(string sample)
    {
        string db = _folder.File("sample.sqlite");
        var (exitCode, _, errors) = await RmrkCli.Run("sync", "--source", sample, "--db", db);
        exitCode.ShouldBe(0, errors);
        return db;
    }
}
