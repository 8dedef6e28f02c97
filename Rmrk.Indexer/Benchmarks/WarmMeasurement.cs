using System.Diagnostics;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Indexer.Benchmarks;

/// <summary>
/// In-process consolidation of remarks already in memory, repeated after a warm-up run so that the JIT has
/// finished tiering: the engine's steady-state cost, with bytes allocated per remark.
/// </summary>
public sealed record WarmMeasurement(double MinMs, double MedianMs, double AllocatedBytesPerRemark, double GcPauseMs)
{
    public static WarmMeasurement Run(IReadOnlyList<Remark> remarks, int iterations)
    {
        Consolidate(remarks);
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
        return new WarmMeasurement(times[0], times[times.Count / 2], remarks.Count == 0 ? 0 : (double)allocated / remarks.Count, gcPause);
    }

    private static void Consolidate(IReadOnlyList<Remark> remarks) => new Consolidator().Consolidate(remarks);
}
