using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// Reads a regular file once from start to end around the kernel's page cache (Linux <c>O_DIRECT</c>), in large
/// aligned blocks, the next block read on the thread pool while the current one is consumed.
/// </summary>
/// <remarks>
/// A dump is read once per sync, so caching it buys nothing, and filling the cache is not free: on the VMs this was
/// measured on, reading a 594 MB dump that was not cached cost 0.99 s of system CPU through the cache (<c>dd</c>,
/// 4 MB reads) against 0.02 s direct (0.42 s of waiting for the disk), and a sync has no CPU to spare. Where the
/// file system refuses direct reads (tmpfs, some network and FUSE file systems), <see cref="TryWrap"/> answers null
/// and the caller reads the usual way; a direct read that fails anyway turns the flag off and is read again cached.
/// </remarks>
internal sealed unsafe partial class UncachedFileStream : Stream
{
    /// <summary>Offsets, lengths and buffer addresses of direct reads are multiples of this (a page).</summary>
    private const int Alignment = 4096;

    /// <summary>Bytes per read: large enough that the disk streams, small enough to be two buffers.</summary>
    internal const int BlockSize = 4 << 20;

    private const int GetFlags = 3;
    private const int SetFlags = 4;

    private readonly FileStream _file;
    private readonly SafeFileHandle _handle;
    private readonly long _length;
    private readonly int _directFlag;
    private byte* _current;
    private byte* _next;

    /// <summary>The file offset of <see cref="_current"/>'s first byte, and how many bytes it holds.</summary>
    private long _currentAt = -1;
    private int _currentLength;

    /// <summary>The read of the block at <see cref="_nextAt"/> into <see cref="_next"/>, under way or done.</summary>
    private Task<int>? _nextRead;
    private long _nextAt = -1;

    private long _position;
    private bool _direct = true;

    private UncachedFileStream(FileStream file, long length, int directFlag)
    {
        _file = file;
        _handle = file.SafeFileHandle;
        _length = length;
        _directFlag = directFlag;
        _current = (byte*)NativeMemory.AlignedAlloc(BlockSize, Alignment);
        _next = (byte*)NativeMemory.AlignedAlloc(BlockSize, Alignment);
    }

    /// <summary>Whether reads still go around the page cache (false once the file system refused one).</summary>
    public bool IsDirect => _direct;

    /// <summary>
    /// Reads <paramref name="file"/> directly from here on, owning it; null when it cannot be (not Linux, not a
    /// regular file with something in it, or a file system that refuses the flag), so that the caller goes on
    /// reading it the usual way. Only a seekable stream is taken: on a pipe the flag would mean packet mode.
    /// </summary>
    public static UncachedFileStream? TryWrap(FileStream file)
    {
        if (!OperatingSystem.IsLinux() || !file.CanSeek || DirectFlag() is not { } flag)
        {
            return null;
        }

        var handle = file.SafeFileHandle;
        long length = RandomAccess.GetLength(handle);
        int fd = (int)handle.DangerousGetHandle();
        int flags = Fcntl(fd, GetFlags, 0);
        if (length == 0 || flags < 0 || Fcntl(fd, SetFlags, flags | flag) < 0)
        {
            return null;
        }

        return new UncachedFileStream(file, length, flag);
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "a position is not negative");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || _position >= _length)
        {
            return 0;
        }

        if (_position < _currentAt || _position >= _currentAt + _currentLength)
        {
            Load(_position - (_position % Alignment));
            if (_position >= _currentAt + _currentLength)
            {
                // The file is shorter than it was when opened.
                return 0;
            }
        }

        int from = (int)(_position - _currentAt);
        int n = Math.Min(buffer.Length, _currentLength - from);
        new ReadOnlySpan<byte>(_current + from, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // The read ahead writes into a buffer about to be freed: it must be over first.
        WaitForReadAhead();
        if (_current is not null)
        {
            NativeMemory.AlignedFree(_current);
            NativeMemory.AlignedFree(_next);
            _current = null;
            _next = null;
        }

        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Makes the block at <paramref name="at"/> current, then starts reading the one after it.</summary>
    private void Load(long at)
    {
        if (_nextRead is not null && _nextAt == at)
        {
            int read = WaitForReadAhead();
            byte* done = _next;
            _next = _current;
            _current = done;
            _currentAt = at;
            _currentLength = read;
        }
        else
        {
            WaitForReadAhead();
            _currentAt = at;
            _currentLength = ReadBlock(_current, at);
        }

        long following = at + _currentLength;
        if (_currentLength == BlockSize && following < _length)
        {
            byte* next = _next;
            _nextAt = following;
            _nextRead = Task.Run(() => ReadBlock(next, following));
        }
    }

    private int WaitForReadAhead()
    {
        if (_nextRead is not { } pending)
        {
            return 0;
        }

        _nextRead = null;
        _nextAt = -1;
        return pending.GetAwaiter().GetResult();
    }

    /// <summary>Fills a block from the file (fewer bytes only at its end).</summary>
    private int ReadBlock(byte* block, long at)
    {
        int total = 0;
        while (total < BlockSize)
        {
            int read;
            try
            {
                read = RandomAccess.Read(_handle, new Span<byte>(block + total, BlockSize - total), at + total);
            }
            catch (IOException) when (_direct)
            {
                // The file system took the flag but refuses the read: read it through the cache from here on.
                TurnDirectOff();
                continue;
            }

            if (read == 0)
            {
                break;
            }

            total += read;
            if (_direct && total % Alignment != 0)
            {
                // Only the file's end comes short of a page; the next read would start unaligned.
                break;
            }
        }

        return total;
    }

    private void TurnDirectOff()
    {
        int fd = (int)_handle.DangerousGetHandle();
        int flags = Fcntl(fd, GetFlags, 0);
        if (flags < 0 || Fcntl(fd, SetFlags, flags & ~_directFlag) < 0)
        {
            throw new IOException($"cannot read the file: direct reads fail and turning them off failed too (errno {Marshal.GetLastPInvokeError()})");
        }

        _direct = false;
    }

    /// <summary><c>O_DIRECT</c>, whose value depends on the architecture; null where it is not known.</summary>
    private static int? DirectFlag() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => null,
    };

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);
}
