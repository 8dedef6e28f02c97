using System.Diagnostics;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Consolidation;

/// <summary>
/// One in-memory consolidation of an input file's stream, as the reference's <c>consolidate.mjs</c> runs it:
/// blocks are converted with the extraction prefix <c>ss58 || 2</c>, the consolidator gets <c>ss58</c> as is.
/// </summary>
public sealed class ConsolidationRun
{
    private ConsolidationRun(Consolidator consolidator, int remarkCount, TimeSpan elapsed)
    {
        Consolidator = consolidator;
        RemarkCount = remarkCount;
        Elapsed = elapsed;
    }

    public Consolidator Consolidator { get; }

    public int RemarkCount { get; }

    /// <summary>Time spent in consolidation alone (no reading, no extraction, no writing).</summary>
    public TimeSpan Elapsed { get; }

    public static ConsolidationRun Execute(ConsolidationInput input, ConsolidatorOptions options)
    {
        var extraction = new AddressCodec(options.ExtractionSs58Prefix);
        var remarks = input.Remarks ?? new RemarkExtractor(extraction).Extract(input.Blocks!).ToList();
        var consolidator = new Consolidator(options);
        var stopwatch = Stopwatch.StartNew();
        consolidator.Consolidate(remarks);
        stopwatch.Stop();
        return new ConsolidationRun(consolidator, remarks.Count, stopwatch.Elapsed);
    }

    /// <summary>
    /// Consolidates a file: top-level arrays are streamed element by element (memory stays flat), fixture
    /// objects are read whole, and so is NDJSON (one dump element a line, as <c>rmrk sync</c> reads too), which is then
    /// streamed from memory. Only the consolidation itself is timed, in batches.
    /// </summary>
    public static ConsolidationRun ExecuteFile(string path, Func<FixtureOptions, ConsolidatorOptions> optionsFor)
    {
        using var reader = DumpReader.Open(path);
        return Execute(reader, path, optionsFor);
    }

    /// <summary>
    /// As <see cref="ExecuteFile"/>, from a reader at the start of the input: the input is read once, so it can
    /// be a pipe. Errors name <paramref name="path"/>.
    /// </summary>
    public static ConsolidationRun Execute(DumpReader reader, string path, Func<FixtureOptions, ConsolidatorOptions> optionsFor)
    {
        if (!RemarkStream.IsArray(reader, path))
        {
            byte[] whole = RemarkStream.ReadWhole(reader, path);
            if (ConsolidationInputReader.IsNdjson(whole))
            {
                using var lines = new DumpReader(new MemoryStream(whole, writable: false), gzip: false);
                return Stream(lines, path, optionsFor(new FixtureOptions()));
            }

            var input = ConsolidationInputReader.Read(path, whole);
            return Execute(input, optionsFor(input.Options));
        }

        return Stream(reader, path, optionsFor(new FixtureOptions()));
    }

    private static ConsolidationRun Stream(DumpReader reader, string path, ConsolidatorOptions options)
    {
        var extractor = new RemarkExtractor(new AddressCodec(options.ExtractionSs58Prefix));
        var consolidator = new Consolidator(options);
        var batch = new List<Remark>(BatchSize);
        var stopwatch = new Stopwatch();
        int count = 0;
        foreach (var remark in RemarkStream.Read(reader, path, extractor))
        {
            batch.Add(remark);
            if (batch.Count >= BatchSize)
            {
                count += Flush(consolidator, batch, stopwatch);
            }
        }

        count += Flush(consolidator, batch, stopwatch);
        return new ConsolidationRun(consolidator, count, stopwatch.Elapsed);
    }

    private const int BatchSize = 4096;

    private static int Flush(Consolidator consolidator, List<Remark> batch, Stopwatch stopwatch)
    {
        stopwatch.Start();
        consolidator.Consolidate(batch);
        stopwatch.Stop();
        int n = batch.Count;
        batch.Clear();
        return n;
    }

    /// <summary>Command-line values override the fixture's own options, as in the reference's script.</summary>
    public static ConsolidatorOptions OptionsFor(FixtureOptions fixture, int? ss58 = null, bool emitInteractions = false, bool emitEmotes = false) => new()
    {
        Ss58Format = ss58 ?? (fixture.HasSs58Format ? fixture.Ss58Format : 2),
        EmitInteractionChanges = emitInteractions || fixture.EmitInteractionChanges,
        EmitEmoteChanges = emitEmotes || fixture.EmitEmoteChanges,
    };
}
