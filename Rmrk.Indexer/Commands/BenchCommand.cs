using System.CommandLine;
using System.Globalization;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Indexer.Benchmarks;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>rmrk bench INPUT… [--iterations N] [--runs N] [--oracle DIR] [--segments N]</c>: measures in-memory consolidation
/// of each stream three ways in one run — the reference (<c>node consolidate.mjs --timing</c>, a child process), our
/// CLI (a child process, cold JIT), and our engine warm in-process — and prints times, ratios and peak memory.
/// </summary>
/// <remarks>
/// The measurements come in rounds: each round runs the reference once, our CLI once and a block of warm runs,
/// one after another. On a shared machine the load changes from one minute to the next, and a warm block timed
/// a minute away from the reference's runs could catch a busier or a quieter minute than they did. So besides
/// the ratios of the overall medians, the paired ratio sets each round's reference run against the warm block
/// of the same round and takes the median over the rounds.
/// </remarks>
public static class BenchCommand
{
    /// <summary>Numbers as the invariant culture prints them, and "-" for a figure not measured (no reference).</summary>
    private static readonly NumberFormatInfo Cells = new() { NaNSymbol = "-" };

    public static Command Create()
    {
        var inputs = new Argument<FileInfo[]>("inputs") { Description = "Remark or block dumps (e.g. from gen.mjs)", Arity = ArgumentArity.OneOrMore };
        var iterations = new Option<int>("--iterations") { Description = "Warm in-process repetitions in each round", DefaultValueFactory = _ => 5 }.InRange(1);
        var oracle = new Option<DirectoryInfo?>("--oracle") { Description = "The reference's folder (default ../shared/oracle beside the repository)" };
        var noReference = new Option<bool>("--no-reference") { Description = "Skip the reference (minutes per million remarks)" };
        var runs = new Option<int>("--runs") { Description = "Rounds, each one run of the reference, one of our CLI and a block of warm repetitions (a noisy machine needs several)", DefaultValueFactory = _ => 1 }.InRange(1);
        var segments = new Option<int>("--segments") { Description = "Also time each stream in this many equal segments of one consolidation: how the cost per remark grows with the state" }.InRange(0);
        var command = new Command("bench", "Benchmark in-memory consolidation against the reference") { inputs, iterations, oracle, noReference, runs, segments };
        command.SetAction(parse => Run(
            parse.GetValue(inputs)!,
            new BenchSettings(parse.GetValue(iterations), parse.GetValue(runs), parse.GetValue(segments)),
            parse.GetValue(oracle),
            parse.GetValue(noReference)));
        return command;
    }

    private static int Run(FileInfo[] inputs, BenchSettings settings, DirectoryInfo? oracle, bool noReference)
    {
        try
        {
            Measure(inputs, settings, noReference ? null : ReferenceOracle.Locate(oracle?.FullName));
            return 0;
        }
        catch (Exception e) when (e is InputFormatException or BenchmarkException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static void Measure(FileInfo[] inputs, BenchSettings settings, ReferenceOracle? oracle)
    {
        var segmentTables = new List<(string Input, SegmentMeasurement Segments)>();
        Console.WriteLine("remarks    | reference ms (min/median) | ours cold ms (min/median) | ours warm ms (min/median) | warm-ups | ref/cold | ref/warm (median) | ref/warm (min) | ref/warm (paired) | GC ms (last warm) | B/remark | ref RSS MB | ours RSS MB");
        foreach (var input in inputs)
        {
            var remarks = Load(input.FullName);
            int warmups = WarmMeasurement.WarmUp(remarks);
            if (settings.Segments > 0)
            {
                segmentTables.Add((input.Name, SegmentMeasurement.Run(remarks, settings.Segments, settings.Iterations)));
            }

            var cold = new List<ProcessMeasurement>();
            var reference = new List<ProcessMeasurement>();
            var blocks = new List<WarmBlock>();
            for (int run = 0; run < settings.Runs; run++)
            {
                cold.Add(ProcessMeasurement.Run(OwnCommand.FileName, [.. OwnCommand.Prefix, "consolidate", input.FullName, "--timing", "--summary"]));
                if (oracle is not null)
                {
                    reference.Add(ProcessMeasurement.Run("node", [oracle.ConsolidateScript, input.FullName, "--timing", "--summary"], oracle.Folder));
                }

                blocks.Add(WarmBlock.Run(remarks, settings.Iterations));
            }

            var warm = new WarmMeasurement(blocks, warmups);
            var (refMin, refMedian) = MinMedian(reference);
            var (coldMin, coldMedian) = MinMedian(cold);
            Console.WriteLine(string.Create(Cells,
                $"{remarks.Count,10} | {refMin,11:F0} / {refMedian,-11:F0} | {coldMin,11:F0} / {coldMedian,-11:F0} | {warm.MinMs,11:F1} / {warm.MedianMs,-11:F1} | {warm.Warmups,8} | {refMedian / coldMedian,7:F1}x | {refMedian / warm.MedianMs,16:F1}x | {refMin / warm.MinMs,13:F1}x | {PairedRatio(reference, blocks),16:F1}x | {warm.GcPauseMs,17:F0} | {warm.AllocatedBytesPerRemark,8:F0} | {PeakRssMb(reference),10:F0} | {PeakRssMb(cold),11:F0}"));
        }

        foreach (var (input, measured) in segmentTables)
        {
            PrintSegments(input, measured);
        }
    }

    /// <summary>The median over the rounds of the reference's time over the median of that round's warm block.</summary>
    internal static double PairedRatio(IReadOnlyList<ProcessMeasurement> reference, IReadOnlyList<WarmBlock> blocks) =>
        reference.Count == 0 ? double.NaN : WarmMeasurement.Median(reference.Select((r, i) => r.ConsolidateMs / blocks[i].MedianMs));

    private static void PrintSegments(string input, SegmentMeasurement measured)
    {
        Console.WriteLine();
        Console.WriteLine($"{input} in {measured.Segments.Count} segments of one warm consolidation (the fastest run in total):");
        Console.WriteLine("segment | remarks before | remarks | ms      | us/remark | GC ms");
        int before = 0;
        for (int i = 0; i < measured.Segments.Count; i++)
        {
            var segment = measured.Segments[i];
            Console.WriteLine(string.Create(Cells,
                $"{i + 1,7} | {before,14} | {segment.Remarks,7} | {segment.Ms,7:F1} | {segment.MicrosecondsPerRemark,9:F3} | {segment.GcPauseMs,5:F0}"));
            before += segment.Remarks;
        }
    }

    private static (double Min, double Median) MinMedian(List<ProcessMeasurement> runs)
    {
        if (runs.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        var ms = runs.Select(r => r.ConsolidateMs).ToList();
        return (ms.Min(), WarmMeasurement.Median(ms));
    }

    private static double PeakRssMb(List<ProcessMeasurement> runs) => runs.Count == 0 ? double.NaN : runs.Max(r => r.PeakRssKb) / 1024.0;

    private sealed record BenchSettings(int Iterations, int Runs, int Segments);

    private static List<Remark> Load(string path) => [.. RemarkStream.Read(path, new RemarkExtractor(new AddressCodec(2)))];
}
