using System.Globalization;
using System.Text.RegularExpressions;
using Rmrk.Indexer.Commands;

namespace Rmrk.Indexer.Benchmarks;

/// <summary>
/// One fresh sync timed in a child process (<c>rmrk bench-sync</c> without the reference), so that every round of a
/// benchmark starts as cold as an operator's sync does: a sync repeated in one process would find its code compiled.
/// </summary>
public sealed partial record SyncMeasurement(double SyncMs, double CpuMs, double PeakRssMb)
{
    public static SyncMeasurement Run(string source, string? db)
    {
        List<string> arguments = [.. OwnCommand.Prefix, "bench-sync", "--source", source];
        if (db is not null)
        {
            arguments.AddRange(["--db", db]);
        }

        var run = ProcessMeasurement.Run(OwnCommand.FileName, arguments);
        return Parse(run.Output) ?? throw new BenchmarkException($"bench-sync printed no figures: {run.Output.Trim()}");
    }

    /// <summary>The figures of the <c>ours:</c> line a single bench-sync prints; null when it is not there.</summary>
    internal static SyncMeasurement? Parse(string output)
    {
        var line = OursLine().Match(output);
        if (!line.Success)
        {
            return null;
        }

        return new SyncMeasurement(Number(line, "sync"), Number(line, "cpu"), Number(line, "rss"));
    }

    private static double Number(Match line, string group) => double.Parse(line.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^ours:\s+sync_ms=(?<sync>[0-9.]+)\b.*\bcpu_ms=(?<cpu>[0-9.]+)\b.*\bpeak_rss_mb=(?<rss>[0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex OursLine();
}
