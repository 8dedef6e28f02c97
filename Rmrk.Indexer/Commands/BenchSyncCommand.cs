using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Rmrk.Indexer.Benchmarks;
using Rmrk.Indexer.Hosting;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>rmrk bench-sync --source DUMP [--reference] [--runs N]</c>: a fresh sync of the dump into a new SQLite file (wall
/// time, everything included: reading, extraction, consolidation, writes), then optionally the reference's in-memory
/// <c>consolidate()</c> on the same file (its own <c>--timing</c>, consolidation alone), with peak memory of both
/// and the ratio.
/// </summary>
/// <remarks>
/// With <c>--runs N</c> the measurements come in rounds, as <c>bench</c>'s do: each round one sync, in a child process
/// so that every sync starts cold, then one run of the reference. A single pair on a shared machine gave ratios from
/// 20.5× to 25.8× within the same hour; the paired ratio (the median over the rounds of each reference run against
/// its own round's sync) sets side by side only runs timed in the same minutes.
/// </remarks>
public static class BenchSyncCommand
{
    public static Command Create()
    {
        var source = new Option<FileInfo>("--source") { Description = "The dump to sync", Required = true };
        var db = new Option<FileInfo?>("--db") { Description = "Database file to (re)create (default: a temporary file, deleted afterwards)" };
        var reference = new Option<bool>("--reference") { Description = "Also time node consolidate.mjs --timing --summary on the same dump" };
        var oracle = new Option<string?>("--oracle") { Description = "The reference's folder, or its consolidate.mjs (default: ../shared/oracle beside the repository)" };
        var referenceSource = new Option<FileInfo?>("--reference-source")
        {
            Description = "The same stream for the reference, when it cannot read --source (Node reads a file into one string: at most 512 MB, so a 1M-remark block dump needs gen.mjs --format remarks with the same seed)",
        };
        var runs = new Option<int>("--runs")
        {
            Description = "Rounds, each one sync in a child process (cold, as an operator's) and one run of the reference (a noisy machine needs several)",
            DefaultValueFactory = _ => 1,
        }.InRange(1);
        var command = new Command("bench-sync", "Time a fresh sync (and optionally the reference) on one dump") { source, db, reference, oracle, referenceSource, runs };
        command.SetAction(parse => Run(
            parse.GetValue(source)!.FullName,
            parse.GetValue(db)?.FullName,
            parse.GetValue(reference) || parse.GetValue(referenceSource) is not null,
            parse.GetValue(oracle),
            parse.GetValue(referenceSource)?.FullName,
            parse.GetValue(runs)));
        return command;
    }

    /// <summary>The median over the rounds of each reference run's time against its own round's sync.</summary>
    internal static double PairedRatio(IReadOnlyList<double> referenceMs, IReadOnlyList<double> syncMs) =>
        referenceMs.Count == 0 ? double.NaN : WarmMeasurement.Median(referenceMs.Select((r, i) => r / syncMs[i]));

    private static int Run(string source, string? dbPath, bool reference, string? oraclePath, string? referenceSource, int runs)
    {
        ReferenceOracle? oracle;
        try
        {
            // Before the sync, so that a missing reference does not cost a sync first.
            oracle = reference ? ReferenceOracle.Locate(oraclePath) : null;
        }
        catch (BenchmarkException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        try
        {
            return runs > 1 ? RunRounds(source, dbPath, oracle, referenceSource ?? source, runs) : RunOnce(source, dbPath, oracle, referenceSource ?? source);
        }
        catch (BenchmarkException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int RunOnce(string source, string? dbPath, ReferenceOracle? oracle, string referenceSource)
    {
        bool temporary = dbPath is null;
        dbPath ??= Path.Combine(Path.GetTempPath(), $"rmrk-bench-{Environment.ProcessId}.sqlite");
        DeleteDatabase(dbPath);
        using var loggers = IndexerConsole.CreateLoggerFactory(LogLevel.Warning);
        var wall = Stopwatch.StartNew();
        int exit = SyncCommand.Run(source, dbPath, new SyncSettings(), new SyncEngineOptions(), loggers, CancellationToken.None, out var result);
        wall.Stop();
        if (exit != 0 || result is null)
        {
            return exit;
        }

        using var self = Process.GetCurrentProcess();
        long peak = self.PeakWorkingSet64;
        double cpuMs = self.TotalProcessorTime.TotalMilliseconds;
        long dbBytes = new FileInfo(dbPath).Length;
        // The whole command: opening, loading, the replay and closing the database (its last checkpoint).
        double ms = wall.Elapsed.TotalMilliseconds;
        var c = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(c, $"ours:      sync_ms={ms:F0} replay_ms={result.Elapsed.TotalMilliseconds:F0} remarks={result.RemarksApplied} remarks_per_s={result.RemarksApplied / (ms / 1000):F0} commits={result.Commits} cpu_ms={cpuMs:F0} peak_rss_mb={peak / 1048576.0:F0} db_mb={dbBytes / 1048576.0:F0}"));
        Console.Out.WriteLine(string.Create(c, $"gc:        pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} allocated_mb={GC.GetTotalAllocatedBytes() / 1048576.0:F0}"));
        if (temporary)
        {
            DeleteDatabase(dbPath);
        }

        if (oracle is null)
        {
            return 0;
        }

        var measured = MeasureReference(oracle, referenceSource);
        Console.Out.WriteLine(string.Create(c, $"reference: consolidate_ms={measured.ConsolidateMs:F0} peak_rss_mb={measured.PeakRssKb / 1024.0:F0}"));
        Console.Out.WriteLine(string.Create(c, $"ratio:     reference consolidate / our sync = {measured.ConsolidateMs / ms:F1}x"));
        return 0;
    }

    private static int RunRounds(string source, string? dbPath, ReferenceOracle? oracle, string referenceSource, int runs)
    {
        var c = CultureInfo.InvariantCulture;
        var syncs = new List<SyncMeasurement>();
        var references = new List<ProcessMeasurement>();
        for (int round = 1; round <= runs; round++)
        {
            var sync = SyncMeasurement.Run(source, dbPath);
            syncs.Add(sync);
            string line = string.Create(c, $"round {round}: sync_ms={sync.SyncMs:F0} cpu_ms={sync.CpuMs:F0} peak_rss_mb={sync.PeakRssMb:F0}");
            if (oracle is not null)
            {
                var measured = MeasureReference(oracle, referenceSource);
                references.Add(measured);
                line += string.Create(c, $" reference_ms={measured.ConsolidateMs:F0} ratio={measured.ConsolidateMs / sync.SyncMs:F1}x");
            }

            Console.Out.WriteLine(line);
        }

        var syncMs = syncs.Select(s => s.SyncMs).ToList();
        Console.Out.WriteLine(string.Create(c, $"ours:      sync_ms_min={syncMs.Min():F0} sync_ms_median={WarmMeasurement.Median(syncMs):F0} runs={runs} peak_rss_mb={syncs.Max(s => s.PeakRssMb):F0}"));
        if (references.Count == 0)
        {
            return 0;
        }

        var referenceMs = references.Select(r => r.ConsolidateMs).ToList();
        Console.Out.WriteLine(string.Create(c, $"reference: consolidate_ms_min={referenceMs.Min():F0} consolidate_ms_median={WarmMeasurement.Median(referenceMs):F0} peak_rss_mb={references.Max(r => r.PeakRssKb) / 1024.0:F0}"));
        Console.Out.WriteLine(string.Create(c, $"ratio:     paired={PairedRatio(referenceMs, syncMs):F1}x medians={WarmMeasurement.Median(referenceMs) / WarmMeasurement.Median(syncMs):F1}x (reference consolidate / our sync)"));
        return 0;
    }

    private static ProcessMeasurement MeasureReference(ReferenceOracle oracle, string source)
    {
        // A 1M-remark stream needs more than Node's default heap.
        var measured = ProcessMeasurement.Run("node", ["--max-old-space-size=16384", oracle.ConsolidateScript, source, "--timing", "--summary"], oracle.Folder);
        return double.IsNaN(measured.ConsolidateMs)
            ? throw new BenchmarkException($"{oracle.ConsolidateScript} printed no consolidate_ms")
            : measured;
    }

    private static void DeleteDatabase(string path)
    {
        foreach (string suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
