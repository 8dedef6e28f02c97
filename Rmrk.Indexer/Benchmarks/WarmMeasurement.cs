using System.Diagnostics;
using System.Runtime;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Indexer.Benchmarks;

/// <summary>
/// In-process consolidation of remarks already in memory, repeated once the JIT has finished tiering: the
/// engine's steady-state cost, with bytes allocated per remark.
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
public sealed record WarmMeasurement(double MinMs, double MedianMs, double AllocatedBytesPerRemark, double GcPauseMs, int Warmups)
{
    public const int QuietMethods = 30;
    public const int QuietRuns = 3;
    public const int MinWarmups = 5;
    public const int MaxWarmups = 40;

    public static WarmMeasurement Run(IReadOnlyList<Remark> remarks, int iterations)
    {
        int warmups = WarmUp(remarks);
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
            Consolidate(remarks);
            stopwatch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new WarmMeasurement(times[0], times[times.Count / 2], remarks.Count == 0 ? 0 : (double)allocated / remarks.Count, gcPause, warmups);
    }

    private static int WarmUp(IReadOnlyList<Remark> remarks)
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

    private static void Consolidate(IReadOnlyList<Remark> remarks) => new Consolidator().Consolidate(remarks);
}
