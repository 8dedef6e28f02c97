namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// A read-only stream that returns bytes already read from a stream that cannot seek back (a pipe, a FIFO,
/// standard input) and then the rest of that stream, so a format can be told from its first bytes and the
/// whole input still read from its start.
/// </summary>
internal sealed class PeekedStream(byte[] peeked, Stream rest) : Stream
{
    private int _next;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_next == peeked.Length)
        {
            return rest.Read(buffer);
        }

        int n = Math.Min(buffer.Length, peeked.Length - _next);
        peeked.AsSpan(_next, n).CopyTo(buffer);
        _next += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
