using System.Globalization;

namespace Rmrk.Indexer.Sync;

/// <summary>One line on standard error, rewritten in place (<c>\r</c>): block, committed block, remarks/s, percent, ETA.</summary>
public sealed class TerminalProgressSink(TextWriter output) : ISyncProgressSink
{
    private int _width;

    public void Report(SyncProgress progress)
    {
        var p = progress;
        string percent = p.Fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $" {f * 100,5:F1}%") : string.Empty;
        string eta = p.Eta is { } e ? $"  ETA {Format(e)}" : string.Empty;
        string committed = p.Committed is { } c ? string.Create(CultureInfo.InvariantCulture, $" (committed {c})") : string.Empty;
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"sync: block {p.Block}{committed}  {p.BlocksApplied:N0} blocks  {p.RemarksApplied:N0} remarks  {p.RemarksPerSecond:N0} remarks/s{percent}  {Format(p.Elapsed)}{eta}");
        _width = Math.Max(_width, line.Length);
        output.Write('\r');
        output.Write(line.PadRight(_width));
        output.Flush();
    }

    public void Complete()
    {
        if (_width > 0)
        {
            output.Write('\r');
            output.Write(new string(' ', _width));
            output.Write('\r');
            output.Flush();
        }
    }

    private static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
