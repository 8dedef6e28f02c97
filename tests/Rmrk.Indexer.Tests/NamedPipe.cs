using System.Diagnostics;

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
    /// Opens the pipe for writing, which returns only once a reader has opened it: then the program is past
    /// everything it does before reading its input.
    /// </summary>
    public async Task<FileStream> OpenForWriting(TimeSpan timeout)
    {
        var open = Task.Run(() => new FileStream(Path, FileMode.Open, FileAccess.Write));
        var first = await Task.WhenAny(open, Task.Delay(timeout, TestContext.Current.CancellationToken));
        first.ShouldBe(open, $"no reader opened {Path} within {timeout.TotalSeconds} s");
        return await open;
    }
}
