using System.Text;

namespace Rmrk.Indexer.Commands;

/// <summary>Where a command writes its JSON: the file <c>--out</c> names (created or replaced), or standard output.</summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes through a buffered UTF-8 writer; the state to write is computed before, so that an I/O error here is the output's.</summary>
    /// <exception cref="OutputException">The file cannot be created or written (a missing folder, a directory, a full disk).</exception>
    public static void Write(string? path, Action<TextWriter> write)
    {
        try
        {
            using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16);
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{path ?? "standard output"}: cannot write the output: {e.Message}", e);
        }
    }
}

/// <summary>The output cannot be written; the command prints the message and exits with 2.</summary>
internal sealed class OutputException(string message, Exception inner) : Exception(message, inner);
