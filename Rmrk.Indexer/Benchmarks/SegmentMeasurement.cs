using System.Diagnostics;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Indexer.Benchmarks;

/// <summary>
/// How the cost of consolidating grows with the state: one consolidation of a stream fed to a single
/// <see cref="Consolidator"/> in equal segments, each timed on its own with the collector's pauses inside it.
/// The run reported is the fastest in total of several, whole, so a collection shows in the segment it hit.
/// Flat per-remark times mean linear growth; times that rise with the segment's position show what a bigger
/// state costs (caches, the collector), which a single total cannot tell apart from an algorithm that grows
/// out of line.
/// </summary>
/// <param name="Segments">Per segment, in stream order.</param>
public sealed record SegmentMeasurement(IReadOnlyList<SegmentTime> Segments)
{
    /// <summary>Runs after the engine is warm (see <see cref="WarmMeasurement"/>), so no segment pays for the JIT.</summary>
    public static SegmentMeasurement Run(IReadOnlyList<Remark> remarks, int segmentCount, int runs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var parts = Split(remarks, segmentCount);
        SegmentTime[]? best = null;
        for (int run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var consolidator = new Consolidator();
            var times = parts.Select(part => Time(consolidator, part)).ToArray();
            if (best is null || times.Sum(t => t.Ms) < best.Sum(t => t.Ms))
            {
                best = times;
            }
        }

        return new SegmentMeasurement(best!);
    }

    private static SegmentTime Time(Consolidator consolidator, ArraySegment<Remark> part)
    {
        var pauseBefore = GC.GetTotalPauseDuration();
        var stopwatch = Stopwatch.StartNew();
        consolidator.Consolidate(part);
        stopwatch.Stop();
        return new SegmentTime(part.Count, stopwatch.Elapsed.TotalMilliseconds, (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
    }

    /// <summary>Contiguous parts of (nearly) equal size; the first ones take the remainder, one remark each.</summary>
    private static List<ArraySegment<Remark>> Split(IReadOnlyList<Remark> remarks, int segmentCount)
    {
        var all = remarks as Remark[] ?? [.. remarks];
        int count = Math.Min(segmentCount, Math.Max(all.Length, 1));
        var parts = new List<ArraySegment<Remark>>(count);
        int start = 0;
        for (int i = 0; i < count; i++)
        {
            int length = (all.Length / count) + (i < all.Length % count ? 1 : 0);
            parts.Add(new ArraySegment<Remark>(all, start, length));
            start += length;
        }

        return parts;
    }
}

/// <summary>One segment: its remarks, its time (collector's pauses included) and the pauses alone.</summary>
public readonly record struct SegmentTime(int Remarks, double Ms, double GcPauseMs)
{
    public double MicrosecondsPerRemark => Remarks == 0 ? 0 : Ms * 1000 / Remarks;
}
