using System.CommandLine;
using System.Globalization;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Indexer.Benchmarks;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>rmrk bench INPUT… [--iterations N] [--oracle DIR]</c>: measures in-memory consolidation of each stream
/// three ways in one run — the reference (<c>node consolidate.mjs --timing</c>, a child process), our CLI
/// (a child process, cold JIT), and our engine warm in-process — and prints times, ratios and peak memory.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<FileInfo[]>("inputs") { Description = "Remark or block dumps (e.g. from gen.mjs)", Arity = ArgumentArity.OneOrMore };
        var iterations = new Option<int>("--iterations") { Description = "Warm in-process repetitions", DefaultValueFactory = _ => 5 };
        var oracle = new Option<DirectoryInfo?>("--oracle") { Description = "The reference's folder (default ../shared/oracle beside the repository)" };
        var noReference = new Option<bool>("--no-reference") { Description = "Skip the reference (minutes per million remarks)" };
        var command = new Command("bench", "Benchmark in-memory consolidation against the reference") { inputs, iterations, oracle, noReference };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(iterations), parse.GetValue(oracle), parse.GetValue(noReference)));
        return command;
    }

    private static int Run(FileInfo[] inputs, int iterations, DirectoryInfo? oracle, bool noReference)
    {
        string oracleDir = oracle?.FullName ?? FindOracle();
        Console.WriteLine("remarks    | reference ms | ours cold ms | ours warm ms (min/median) | ref/cold | ref/warm | ns/remark warm | GC ms (last warm) | B/remark | ref RSS MB | ours RSS MB");
        foreach (var input in inputs)
        {
            var remarks = Load(input.FullName);
            var warm = WarmMeasurement.Run(remarks, iterations);
            var cold = ProcessMeasurement.Run(Environment.ProcessPath!, ["consolidate", input.FullName, "--timing", "--summary"]);
            var reference = noReference
                ? new ProcessMeasurement(double.NaN, -1, double.NaN)
                : ProcessMeasurement.Run("node", [Path.Combine(oracleDir, "consolidate.mjs"), input.FullName, "--timing", "--summary"], oracleDir);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{remarks.Count,10} | {reference.ConsolidateMs,12:F0} | {cold.ConsolidateMs,12:F0} | {warm.MinMs,10:F1} / {warm.MedianMs,-12:F1} | {reference.ConsolidateMs / cold.ConsolidateMs,7:F1}x | {reference.ConsolidateMs / warm.MedianMs,7:F1}x | {warm.MedianMs * 1e6 / remarks.Count,14:F0} | {warm.GcPauseMs,17:F0} | {warm.AllocatedBytesPerRemark,8:F0} | {reference.PeakRssKb / 1024.0,10:F0} | {cold.PeakRssKb / 1024.0,11:F0}"));
        }

        return 0;
    }

    private static List<Remark> Load(string path) => [.. RemarkStream.Read(path, new RemarkExtractor(new AddressCodec(2)))];

    private static string FindOracle()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared", "oracle");
            if (File.Exists(Path.Combine(candidate, "consolidate.mjs")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException("../shared/oracle not found; pass --oracle");
    }
}
