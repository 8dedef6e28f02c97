using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2;

/// <summary>
/// Parsing is about half of consolidation and needs no state, so a batch is parsed on another core while the
/// previous one is applied. When applying finishes first, the applying thread does not wait idle: it parses the
/// chunks of the next batch that the other thread has not taken yet, so the two cores share the work whichever
/// half is the larger. Order is kept: batches are applied one after another, each in its own order, and each
/// only once every chunk of it is parsed. Each thread has its own <see cref="InteractionParser"/>. An enumerated
/// source is read on the caller's thread only; a list is only read by index, from both, and must not change meanwhile.
/// Once its share of a batch is parsed, the other thread may run a read-only step over it (<c>prefetch</c>) until the
/// applying thread reaches that batch.
/// </summary>
internal static class ParseAhead
{
    public const int BatchSize = 1024;

    /// <param name="aheadParser">Used only on the thread that parses ahead.</param>
    /// <param name="ownParser">Used only on the caller's thread.</param>
    /// <param name="prefetch">
    /// Run on the other thread after it parsed its share of a batch; it must only read, and should stop once
    /// <see cref="Batch.Reached"/> is set, since the applying thread then waits for it.
    /// </param>
    public static IEnumerable<Batch> Run(IEnumerable<Remark> remarks, InteractionParser aheadParser, InteractionParser ownParser, Action<Batch>? prefetch = null)
    {
        using var source = Batch.Source(remarks);
        var batch = source.Next();
        if (batch.Count < BatchSize)
        {
            // A short input is over before a second thread could help.
            batch.ParseChunks(ownParser);
            yield return batch;
            yield break;
        }

        Task? parsing = Start(batch, aheadParser, prefetch);
        try
        {
            while (true)
            {
                var next = source.Next();
                batch.MarkReached();
                batch.ParseChunks(ownParser);
                parsing.GetAwaiter().GetResult();
                var parsed = batch;
                batch = next;
                parsing = next.Count == 0 ? null : Start(next, aheadParser, prefetch);
                yield return parsed;
                if (parsing is null)
                {
                    yield break;
                }
            }
        }
        finally
        {
            // A consumer that stops early (an exception while applying) must not leave the parser in use.
            WaitQuietly(parsing);
        }
    }

    private static Task Start(Batch batch, InteractionParser parser, Action<Batch>? prefetch) => Task.Run(() =>
    {
        batch.ParseChunks(parser);
        prefetch?.Invoke(batch);
    });

    private static void WaitQuietly(Task? task)
    {
        if (task is null)
        {
            return;
        }

        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The consumer is already leaving on its own failure; this batch was never going to be applied.
        }
    }

    internal sealed class Batch
    {
        /// <summary>Small enough that the thread that finishes last waits only for a few dozen remarks.</summary>
        private const int ChunkSize = 64;

        private readonly IReadOnlyList<Remark> _source;
        private readonly int _start;
        private int _claimed;
        private volatile bool _reached;

        private Batch(IReadOnlyList<Remark> source, int start, int count)
        {
            _source = source;
            _start = start;
            Count = count;
            Parsed = new ParsedRemark[count];
        }

        public ParsedRemark[] Parsed { get; }

        public int Count { get; }

        /// <summary>Whether the applying thread has come to this batch (it parses what is left, then applies it).</summary>
        public bool Reached => _reached;

        public Remark this[int index] => _source[_start + index];

        public void MarkReached() => _reached = true;

        /// <summary>
        /// Batches over the input: a list is cut into views of itself, anything else is copied a batch at a time.
        /// Copying a list would cost the applying thread a store and a type check per remark while the other
        /// thread has time to spare.
        /// </summary>
        public static IBatchSource Source(IEnumerable<Remark> remarks) =>
            remarks is IReadOnlyList<Remark> list ? new ListSource(list) : new EnumeratorSource(remarks.GetEnumerator());

        /// <summary>
        /// Parses chunks that no thread has taken yet, until none is left. A chunk taken by another thread may still
        /// be in progress when this returns: that thread's completion is what says it is done.
        /// </summary>
        public void ParseChunks(InteractionParser parser)
        {
            int chunks = (Count + ChunkSize - 1) / ChunkSize;
            while (true)
            {
                int chunk = Interlocked.Increment(ref _claimed) - 1;
                if (chunk >= chunks)
                {
                    return;
                }

                int start = chunk * ChunkSize;
                int length = Math.Min(ChunkSize, Count - start);
                parser.ParseAll(_source, _start + start, Parsed.AsSpan(start, length), _start + Count);
            }
        }

        internal interface IBatchSource : IDisposable
        {
            /// <summary>The next batch; an empty one at the end.</summary>
            Batch Next();
        }

        private sealed class ListSource(IReadOnlyList<Remark> list) : IBatchSource
        {
            private int _next;

            public Batch Next()
            {
                int start = _next;
                int count = Math.Min(BatchSize, list.Count - start);
                _next += count;
                return new Batch(list, start, count);
            }

            public void Dispose()
            {
            }
        }

        private sealed class EnumeratorSource(IEnumerator<Remark> enumerator) : IBatchSource
        {
            public Batch Next()
            {
                var remarks = new Remark[BatchSize];
                int count = 0;
                while (count < BatchSize && enumerator.MoveNext())
                {
                    remarks[count++] = enumerator.Current;
                }

                return new Batch(remarks, 0, count);
            }

            public void Dispose() => enumerator.Dispose();
        }
    }
}
