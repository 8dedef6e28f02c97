using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Rmrk.Indexer.Benchmarks;

/// <summary>
/// Runs a consolidation command in a child process under <c>/usr/bin/time</c> and reads back what it reports:
/// <c>consolidate_ms=</c> on its standard error and the peak resident set size.
/// </summary>
/// <param name="Output">What the command printed on its standard output.</param>
public sealed partial record ProcessMeasurement(double ConsolidateMs, long PeakRssKb, double WallSeconds, string Output = "")
{
    private const string TimeTool = "/usr/bin/time";

    public static ProcessMeasurement Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        bool timed = File.Exists(TimeTool);
        var start = new ProcessStartInfo(timed ? TimeTool : fileName)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (timed)
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add("peak_rss_kb=%M");
            start.ArgumentList.Add(fileName);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var wall = Stopwatch.StartNew();
        using var process = Start(start, fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        string output = stdout.Result;
        wall.Stop();
        if (process.ExitCode != 0)
        {
            throw new BenchmarkException($"{fileName} exited with {process.ExitCode}: {FirstLines(stderr)}");
        }

        var ms = ConsolidateMsPattern().Match(stderr);
        var rss = PeakRssPattern().Match(stderr);
        return new ProcessMeasurement(
            ms.Success ? double.Parse(ms.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
            rss.Success ? long.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) : -1,
            wall.Elapsed.TotalSeconds,
            output);
    }

    private static Process Start(ProcessStartInfo start, string fileName)
    {
        try
        {
            return Process.Start(start) ?? throw new BenchmarkException($"cannot start {fileName}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BenchmarkException($"cannot start {start.FileName}: {e.Message}", e);
        }
    }

    /// <summary>The start of a child's error output, where Node puts the reason before a long stack trace.</summary>
    private static string FirstLines(string text) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8));

    [GeneratedRegex(@"consolidate_ms=([0-9.]+)")]
    private static partial Regex ConsolidateMsPattern();

    [GeneratedRegex(@"peak_rss_kb=([0-9]+)")]
    private static partial Regex PeakRssPattern();
}
