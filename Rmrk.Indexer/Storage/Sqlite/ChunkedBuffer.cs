using System.Runtime.CompilerServices;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// An append-only buffer kept in chunks small enough for the small-object heap. One list of a million entries
/// grows by doubling through the large-object heap, and large allocations count toward full (generation 2)
/// collections of the whole consolidated state; chunks of a fixed size never do. A run appended together
/// stays contiguous, so it can be read back as one span.
/// </summary>
/// <remarks>
/// Given a <see cref="Pool"/>, the chunks come from it and go back to it on <see cref="Release"/>. A prepared
/// commit lives from its preparation until its transaction ends, long enough for its chunks to be promoted
/// to the oldest generation and die there: a few hundred megabytes per 1M-remark sync that only a full
/// collection of the whole state could reclaim. Reused, they are allocated once per run.
/// </remarks>
internal sealed class ChunkedBuffer<T>(ChunkedBuffer<T>.Pool? pool = null)
    where T : struct
{
    // Below the 85,000-byte large-object threshold.
    private const int ChunkBytes = 64 * 1024;

    private static readonly int s_chunkLength = ChunkBytes / Unsafe.SizeOf<T>();

    private readonly List<T[]> _chunks = [];
    private int _used = s_chunkLength;

    /// <summary>Appends <paramref name="items"/> in one run; returns where it starts.</summary>
    public Location Append(ReadOnlySpan<T> items)
    {
        if (items.Length > s_chunkLength)
        {
            throw new ArgumentException($"a run holds at most {s_chunkLength} entries", nameof(items));
        }

        if (items.IsEmpty)
        {
            return default;
        }

        if (s_chunkLength - _used < items.Length)
        {
            _chunks.Add(pool?.Rent() ?? new T[s_chunkLength]);
            _used = 0;
        }

        var at = new Location(_chunks.Count - 1, _used);
        items.CopyTo(_chunks[^1].AsSpan(_used));
        _used += items.Length;
        return at;
    }

    public void Add(T item) => Append([item]);

    /// <summary>How many chunks the buffer holds.</summary>
    public int Chunks => _chunks.Count;

    public ReadOnlySpan<T> Slice(Location at, int length) => length == 0 ? [] : _chunks[at.Chunk].AsSpan(at.Offset, length);

    /// <summary>Every entry, in the order appended (a single-entry run never leaves a gap before it).</summary>
    public IEnumerable<T> Items()
    {
        for (int c = 0; c < _chunks.Count; c++)
        {
            int length = c == _chunks.Count - 1 ? _used : s_chunkLength;
            for (int i = 0; i < length; i++)
            {
                yield return _chunks[c][i];
            }
        }
    }

    /// <summary>Empties the buffer and hands its chunks back to the pool; locations taken before are void.</summary>
    public void Release()
    {
        pool?.Return(_chunks);
        _chunks.Clear();
        _used = s_chunkLength;
    }

    public readonly record struct Location(int Chunk, int Offset);

    /// <summary>
    /// Free chunks, shared by buffers filled on one thread and released on another. Its owner trims it after
    /// each use to what that use needed (<see cref="Trim"/>), so after a bulk replay a follower's small batches
    /// let the rest go.
    /// </summary>
    public sealed class Pool
    {
        private readonly Stack<T[]> _free = [];
        private readonly Lock _lock = new();

        public int FreeChunks
        {
            get
            {
                lock (_lock)
                {
                    return _free.Count;
                }
            }
        }

        public T[] Rent()
        {
            lock (_lock)
            {
                if (_free.TryPop(out var chunk))
                {
                    return chunk;
                }
            }

            return new T[s_chunkLength];
        }

        public void Return(IReadOnlyList<T[]> chunks)
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                // A pooled chunk must not keep the strings of a written commit alive.
                foreach (var chunk in chunks)
                {
                    Array.Clear(chunk);
                }
            }

            lock (_lock)
            {
                foreach (var chunk in chunks)
                {
                    _free.Push(chunk);
                }
            }
        }

        /// <summary>Lets go of the free chunks beyond <paramref name="keep"/>.</summary>
        public void Trim(int keep)
        {
            lock (_lock)
            {
                while (_free.Count > keep)
                {
                    _free.Pop();
                }
            }
        }
    }
}
