using System.Text;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// Where a command writes its JSON: the file <c>--out</c> names (created or replaced; it may be a pipe or a device, such
/// as <c>/dev/stdout</c> or a process substitution, so it is written in place, not renamed into place), or standard
/// output. A write that fails part way (a full disk) is an <see cref="OutputException"/>: the command says so and
/// exits with 2, and what it left is not a whole JSON document, so it cannot pass for a smaller state.
/// </summary>
internal static class OutputFile
{
    private const int BufferSize = 1 << 16;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes through a buffered UTF-8 writer; the state to write is computed before, so that an I/O error here is the output's.</summary>
    /// <exception cref="OutputException">The file cannot be created or written (a missing folder, a directory, a full disk).</exception>
    public static void Write(string? path, Action<TextWriter> write)
    {
        if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
        {
            throw new OutputException($"{path}: cannot write the output: the folder {folder} does not exist", new DirectoryNotFoundException(folder));
        }

        try
        {
            using var stream = path is null ? Console.OpenStandardOutput() : new FileLimitStream(File.Create(path, BufferSize));
            using var writer = new StreamWriter(stream, Utf8, BufferSize);
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{path ?? "standard output"}: cannot write the output: {e.Message}", e);
        }
    }

    /// <summary>
    /// Refuses an <c>--out</c> that is the command's own input (the database or the stream, through any link to it):
    /// the output would replace what it was made from — a typo that destroyed the database without an error.
    /// </summary>
    /// <exception cref="OutputException">The output is the input.</exception>
    public static void RefuseInput(string? output, string input, string what)
    {
        if (output is not null && string.Equals(Resolved(output), Resolved(input), StringComparison.Ordinal))
        {
            throw new OutputException($"{output}: is the {what}; writing the output there would replace it", new IOException(output));
        }
    }

    /// <summary>The full path, through symbolic links to the file they finally name.</summary>
    private static string Resolved(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full; // a link loop or an unreadable link: compared as written
        }
    }

    /// <summary>
    /// A file write past the process's file size limit (<c>ulimit -f</c>, EFBIG) surfaces from .NET as an
    /// <see cref="ArgumentOutOfRangeException"/>; here it is the I/O error it is, and only for the file's own writes.
    /// </summary>
    private sealed class FileLimitStream(FileStream file) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                file.Write(buffer);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw PastTheLimit(e);
            }
        }

        public override void Flush() => AsIo(file.Flush);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                AsIo(file.Dispose);
            }

            base.Dispose(disposing);
        }

        private static void AsIo(Action write)
        {
            try
            {
                write();
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw PastTheLimit(e);
            }
        }

        private static IOException PastTheLimit(ArgumentOutOfRangeException e) =>
            new("the file would grow past the process's file size limit", e);
    }
}

/// <summary>The output cannot be written; the command prints the message and exits with 2.</summary>
internal sealed class OutputException(string message, Exception inner) : Exception(message, inner);
