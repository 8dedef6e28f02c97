using System.Diagnostics;
using System.Runtime;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Indexer.Benchmarks;

/// <summary>
/// In-process consolidation of remarks already in memory, repeated once the JIT has finished tiering: the
/// engine's steady-state cost, with bytes allocated per remark. The repetitions come in blocks, one per round of
/// a benchmark, so that each block can be set against the reference's run of the same round.
/// </summary>
/// <remarks>
/// One warm-up run is not enough: tiered compilation goes on for several more (tier 0, instrumented, then
/// optimised code, each after a delay), and on a 100k stream the first five or so measured runs took 1.5-5
/// times as long as the later ones, which pulled the median up. So warm-up repeats, at least
/// <see cref="MinWarmups"/> times, until <see cref="QuietRuns"/> runs in a row compiled fewer than
/// <see cref="QuietMethods"/> methods (rarely taken paths still reach the call-count threshold now and then),
/// within <see cref="MaxWarmups"/> runs. A ReadyToRun publish needs the longer rule: its code starts
/// precompiled and is recompiled in waves, so two quiet runs came as early as the third run, with the waves
/// still to come (a 146 ms median where 80-100 ms was right).
/// </remarks>
/// <param name="Blocks">The timed blocks, in the order they ran.</param>
public sealed record WarmMeasurement(IReadOnlyList<WarmBlock> Blocks, int Warmups)
{
    public const int QuietMethods = 30;
    public const int QuietRuns = 3;
    public const int MinWarmups = 5;
    public const int MaxWarmups = 40;

    public double MinMs => Blocks.SelectMany(b => b.Times).Min();

    public double MedianMs => Median(Blocks.SelectMany(b => b.Times));

    public double AllocatedBytesPerRemark => Blocks[^1].AllocatedBytesPerRemark;

    /// <summary>The collector's pauses inside the last timed run.</summary>
    public double GcPauseMs => Blocks[^1].LastGcPauseMs;

    /// <summary>Consolidates until tiered compilation has settled; returns how many runs that took.</summary>
    public static int WarmUp(IReadOnlyList<Remark> remarks)
    {
        int runs = 0, quietInARow = 0;
        while (runs < MaxWarmups && (runs < MinWarmups || quietInARow < QuietRuns))
        {
            long compiled = JitInfo.GetCompiledMethodCount();
            Consolidate(remarks);
            runs++;
            quietInARow = JitInfo.GetCompiledMethodCount() - compiled < QuietMethods ? quietInARow + 1 : 0;
        }

        return runs;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    internal static void Consolidate(IReadOnlyList<Remark> remarks) => new Consolidator().Consolidate(remarks);
}

/// <summary>Timed runs of a warm engine, one after another, each after a full collection.</summary>
/// <param name="Times">Milliseconds per run, in the order they ran.</param>
public sealed record WarmBlock(IReadOnlyList<double> Times, double AllocatedBytesPerRemark, double LastGcPauseMs)
{
    public double MedianMs => WarmMeasurement.Median(Times);

    public static WarmBlock Run(IReadOnlyList<Remark> remarks, int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var times = new List<double>(iterations);
        long allocated = 0;
        double gcPause = 0;
        for (int i = 0; i < iterations; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var pauseBefore = GC.GetTotalPauseDuration();
            var stopwatch = Stopwatch.StartNew();
            WarmMeasurement.Consolidate(remarks);
            stopwatch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return new WarmBlock(times, remarks.Count == 0 ? 0 : (double)allocated / remarks.Count, gcPause);
    }
}
