using System.Diagnostics;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>The commands that take <c>--db</c>, given a path they cannot use: a one-line error and exit code 2, not a stack trace.</summary>
public sealed class DatabasePathErrorTests : IDisposable
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
            ? ["sync", "--source", Path.Combine(TestPaths.RepositoryRoot, "samples", "kanaria-5k.dump.json"), "--db", path]
            : [command, "--db", path];

        var (exitCode, errors) = await Run(args);

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe($"error: {path}: cannot open the database: it is not an SQLite database");
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<(int ExitCode, string Errors)> Run(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(TestPaths.RmrkDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        string errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await output;
        return (process.ExitCode, errors);
    }
}
