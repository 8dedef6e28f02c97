using System.Diagnostics;
using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests;

/// <summary>
/// A FIFO in a temp folder: what a user's <c>--source &lt;(zcat dump.gz)</c> or standard input gives the program,
/// a file that can be read once, in order, and not seeked.
/// </summary>
internal sealed class NamedPipe
{
    private NamedPipe(string path) => Path = path;

    public string Path { get; }

    public static NamedPipe Create(TempFolder folder, string name)
    {
        string path = folder.File(name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0, $"mkfifo {path}");
        return new NamedPipe(path);
    }

    /// <summary>
    /// Runs <c>rmrk</c> with <paramref name="args"/> (which name this pipe), writes <paramref name="input"/> into the
    /// pipe once the program has opened it, and waits for the program to end. <paramref name="whileOpen"/> runs, with
    /// the process id, after the program has opened the pipe and before anything is written.
    /// </summary>
    public async Task<(int ExitCode, string Output, string Errors)> Feed(
        string[] args, byte[] input, IReadOnlyDictionary<string, string?>? environment = null, Func<int, Task>? whileOpen = null)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var process = DotnetProgram.Start(TestPaths.RmrkDll, args, environment);
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        await using (var writer = await OpenForWriting(TimeSpan.FromSeconds(60)))
        {
            if (whileOpen is not null)
            {
                await whileOpen(process.Id);
            }

            await writer.WriteAsync(input, cancel);
        }

        await process.WaitForExitAsync(cancel);
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>
    /// Opens the pipe for writing, which returns only once a reader has opened it: then the program is past
    /// everything it does before reading its input.
    /// </summary>
    private async Task<FileStream> OpenForWriting(TimeSpan timeout)
    {
        var open = Task.Run(() => new FileStream(Path, FileMode.Open, FileAccess.Write));
        var first = await Task.WhenAny(open, Task.Delay(timeout, TestContext.Current.CancellationToken));
        first.ShouldBe(open, $"no reader opened {Path} within {timeout.TotalSeconds} s");
        return await open;
    }
}
