using System.IO.Compression;
using System.Text.Json;
using Rmrk.Indexer.Input;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// Streams the elements of an rmrk-tools dump in constant memory: a JSON array (JSONStream framing or one
/// line, sentinel included) or NDJSON (one object per line), either possibly gzip-compressed (detected by
/// its magic bytes). Only the element being read is buffered, so memory is bounded by the largest element,
/// not the file. Errors are <see cref="InputFormatException"/>s naming the byte offset (in the decompressed
/// stream for gzip files).
/// </summary>
public sealed class DumpReader : IDisposable
{
    private const int InitialBufferSize = 1 << 20;

    private readonly Stream _stream;
    private readonly Stream _file;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private long _base;
    private bool _eof;

    /// <summary>Where reading began in the file: 0, or the offset a resumed read seeked to.</summary>
    private long _readFrom;

    /// <summary>While set, reading more grows the buffer instead of dropping what was consumed.</summary>
    private bool _keepAll;

    public DumpReader(Stream stream, bool gzip)
    {
        IsGzip = gzip;
        _file = stream;
        _stream = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    public bool IsGzip { get; }

    /// <summary>Whether the file is read around the kernel's page cache (<see cref="UncachedFileStream"/>).</summary>
    public bool ReadsAroundPageCache => _file is UncachedFileStream { IsDirect: true };

    /// <summary>Bytes of the (decompressed) stream consumed so far.</summary>
    public long Position => _base + _start;

    /// <summary>How far through the underlying file reading is (compressed bytes for gzip), when seekable.</summary>
    /// <remarks>After a seek (<see cref="ReadElements"/>'s resume position), of the part from there on: the progress
    /// and ETA of a resumed run are those of what it reads.</remarks>
    public double? Fraction => _file.CanSeek && _file.Length > _readFrom ? (double)(_file.Position - _readFrom) / (_file.Length - _readFrom) : null;

    public static DumpReader Open(string path)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputFormatException.CannotRead(path, e);
        }

        byte[] magic = new byte[2];
        int read;
        try
        {
            read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            file.Dispose();
            throw InputFormatException.CannotRead(path, e);
        }

        bool gzip = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        if (file.CanSeek)
        {
            file.Position = 0;
            return new DumpReader((Stream?)UncachedFileStream.TryWrap(file) ?? file, gzip);
        }

        // A pipe, a FIFO or standard input (`--source <(zcat dump.gz)`): what was read cannot be read again.
        return new DumpReader(new PeekedStream(magic[..read], file), gzip);
    }

    /// <summary>
    /// Whether the input, after a byte-order mark and whitespace, starts with '[': a top-level array. Nothing is
    /// consumed, so whatever reads the input next (<see cref="ReadElements"/> or <see cref="ReadToEnd"/>) starts at
    /// its first byte and names the places of errors as the file numbers them.
    /// </summary>
    public bool StartsWithArray()
    {
        if (Position != 0)
        {
            throw new InvalidOperationException("StartsWithArray looks at the start of the input, before anything is read");
        }

        _keepAll = true;
        try
        {
            SkipByteOrderMark();
            return SkipWhitespace() && Peek() == (byte)'[';
        }
        finally
        {
            _keepAll = false;
            _start = 0;
        }
    }

    /// <summary>The rest of the (decompressed) input, from the current position: for inputs read whole.</summary>
    public byte[] ReadToEnd()
    {
        using var rest = new MemoryStream();
        rest.Write(_buffer, _start, _end - _start);
        try
        {
            _stream.CopyTo(rest);
        }
        catch (InvalidDataException e)
        {
            throw Error(_base + _start + rest.Length, $"the compressed stream is corrupt: {e.Message}");
        }

        _start = _end;
        _eof = true;
        return rest.ToArray();
    }

    /// <param name="extraction">When given, blocks are read into their remarks as they are parsed.</param>
    /// <param name="resumeAt">An element to start at instead of the first one: used when the input is a plain file
    /// and the element found at that offset is that block, else reading starts at the beginning.</param>
    public IEnumerable<DumpElement> ReadElements(CallExtraction? extraction = null, SourcePosition? resumeAt = null)
    {
        SkipByteOrderMark();
        if (!SkipWhitespace())
        {
            throw new InputFormatException("byte 0: the dump is empty");
        }

        bool lines = Peek() == (byte)'{';
        if (!lines && Peek() != (byte)'[')
        {
            throw Error(Position, "a dump is a JSON array ('[') or NDJSON ('{' on each line)");
        }

        if (resumeAt is not null && TrySeek(resumeAt, extraction) is { } first)
        {
            yield return first;
            foreach (var element in lines ? Lines(extraction) : ArrayAfterElement(extraction))
            {
                yield return element;
            }

            yield break;
        }

        if (lines)
        {
            foreach (var element in Lines(extraction))
            {
                yield return element;
            }

            yield break;
        }

        _start++;
        if (!SkipWhitespace())
        {
            throw Error(Position, "the dump ends before its closing ']' (truncated?)");
        }

        if (Peek() == (byte)']')
        {
            _start++;
            if (SkipWhitespace())
            {
                throw Error(Position, "unexpected content after the closing ']'");
            }

            yield break;
        }

        yield return ReadElement(extraction);
        foreach (var element in ArrayAfterElement(extraction))
        {
            yield return element;
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>NDJSON: one element after another, whitespace (new lines) between them.</summary>
    private IEnumerable<DumpElement> Lines(CallExtraction? extraction)
    {
        while (SkipWhitespace())
        {
            yield return ReadElement(extraction);
        }
    }

    /// <summary>The rest of an array after one of its elements: ',' and the next element, until ']' ends the input.</summary>
    private IEnumerable<DumpElement> ArrayAfterElement(CallExtraction? extraction)
    {
        while (true)
        {
            if (!SkipWhitespace())
            {
                throw Error(Position, "the dump ends before its closing ']' (truncated?)");
            }

            byte next = Peek();
            _start++;
            if (next == (byte)']')
            {
                break;
            }

            if (next != (byte)',')
            {
                throw Error(Position - 1, $"expected ',' or ']' after an element, found '{(char)next}'");
            }

            if (!SkipWhitespace())
            {
                throw Error(Position, "the dump ends before its closing ']' (truncated?)");
            }

            yield return ReadElement(extraction);
        }

        if (SkipWhitespace())
        {
            throw Error(Position, "unexpected content after the closing ']'");
        }
    }

    /// <summary>
    /// The element at <paramref name="at"/>, read after seeking there, when the input is a plain file and that element
    /// is the block expected; otherwise null, with the reader back where it was.
    /// </summary>
    private DumpElement? TrySeek(SourcePosition at, CallExtraction? extraction)
    {
        long start = Position;
        if (IsGzip || !_file.CanSeek || at.Offset <= start || at.Offset >= _file.Length)
        {
            return null;
        }

        MoveTo(at.Offset);
        try
        {
            if (SkipWhitespace() && Position == at.Offset && Peek() == (byte)'{' && ReadElement(extraction) is var element && element.Block == at.Block)
            {
                _readFrom = at.Offset;
                return element;
            }
        }
        catch (InputFormatException)
        {
            // Not an element there: this is not the file the position was taken from, or it changed.
        }

        MoveTo(start);
        SkipWhitespace();
        return null;
    }

    private void MoveTo(long offset)
    {
        _file.Position = offset;
        _base = offset;
        _start = 0;
        _end = 0;
        _eof = false;
    }

    private DumpElement ReadElement(CallExtraction? extraction)
    {
        long elementStart = Position;
        if (Peek() != (byte)'{')
        {
            throw Error(elementStart, $"expected an object ('{{'), found '{(char)Peek()}'");
        }

        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var reader = new Utf8JsonReader(span, isFinalBlock: _eof, state: default);
            bool complete;
            try
            {
                complete = reader.Read() && reader.TrySkip();
            }
            catch (JsonException e)
            {
                long at = elementStart + OffsetOf(span, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                throw _eof && at >= _base + _end
                    ? Error(at, $"the dump ends inside the element that starts at byte {elementStart} (truncated?)")
                    : Error(at, $"malformed JSON in the element that starts at byte {elementStart}: {FirstSentence(e.Message)}");
            }

            if (complete)
            {
                int length = checked((int)reader.BytesConsumed);
                var element = DumpElementParser.Parse(span[..length], elementStart, extraction);
                _start += length;
                return element;
            }

            if (_eof)
            {
                throw Error(_base + _end, $"the dump ends inside the element that starts at byte {elementStart} (truncated?)");
            }

            Fill();
        }
    }

    private static long OffsetOf(ReadOnlySpan<byte> span, long line, long byteInLine)
    {
        int offset = 0;
        for (long l = 0; l < line; l++)
        {
            int newline = span[offset..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            offset += newline + 1;
        }

        return offset + byteInLine;
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private byte Peek() => _buffer[_start];

    private void SkipByteOrderMark()
    {
        while (_end - _start < 3 && !_eof)
        {
            Fill();
        }

        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
        {
            _start += 3;
        }
    }

    /// <summary>Skips JSON whitespace; false at the end of the input.</summary>
    private bool SkipWhitespace()
    {
        while (true)
        {
            while (_start < _end)
            {
                byte b = _buffer[_start];
                if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
                {
                    return true;
                }

                _start++;
            }

            if (_eof)
            {
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0 && !_keepAll)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _base += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read;
        try
        {
            read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (InvalidDataException e)
        {
            throw Error(_base + _end, $"the compressed stream is corrupt: {e.Message}");
        }

        if (read == 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
        }
    }

    private InputFormatException Error(long offset, string message) =>
        new(IsGzip ? $"byte {offset} (decompressed): {message}" : $"byte {offset}: {message}");
}
