using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2;

/// <summary>
/// Parsing is more than half of consolidation and needs no state, so a batch is parsed on another core while
/// the previous one is applied. Order is kept: batches are applied one after another, each in its own order,
/// and each waits for its parse. Only one batch is parsed at a time, so one <see cref="InteractionParser"/>
/// serves them all, and the source is read on the caller's thread only.
/// </summary>
internal static class ParseAhead
{
    public const int BatchSize = 1024;

    public static IEnumerable<Batch> Run(IEnumerable<Remark> remarks, InteractionParser parser)
    {
        using var source = remarks.GetEnumerator();
        var batch = Batch.Read(source);
        if (batch.Count < BatchSize)
        {
            // A short input is over before a second thread could help.
            yield return batch.Parse(parser);
            yield break;
        }

        Task<Batch>? parsing = Task.Run(() => batch.Parse(parser));
        try
        {
            while (parsing is not null)
            {
                var next = Batch.Read(source);
                var parsed = parsing.GetAwaiter().GetResult();
                parsing = next.Count == 0 ? null : Task.Run(() => next.Parse(parser));
                yield return parsed;
            }
        }
        finally
        {
            // A consumer that stops early (an exception while applying) must not leave the parser in use.
            WaitQuietly(parsing);
        }
    }

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
        private Batch(Remark[] remarks, int count)
        {
            Remarks = remarks;
            Count = count;
            Parsed = new ParsedRemark[count];
        }

        public Remark[] Remarks { get; }

        public ParsedRemark[] Parsed { get; }

        public int Count { get; }

        public static Batch Read(IEnumerator<Remark> source)
        {
            var remarks = new Remark[BatchSize];
            int count = 0;
            while (count < BatchSize && source.MoveNext())
            {
                remarks[count++] = source.Current;
            }

            return new Batch(remarks, count);
        }

        public Batch Parse(InteractionParser parser)
        {
            parser.ParseAll(Remarks, Parsed);
            return this;
        }
    }
}
