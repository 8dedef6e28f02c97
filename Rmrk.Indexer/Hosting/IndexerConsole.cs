using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Hosting;

/// <summary>
/// Console wiring for long commands: on a terminal a live progress line and only warnings as log lines;
/// otherwise (CI, systemd, a pipe) single-line structured logs with UTC timestamps. Everything goes to
/// standard error, so standard output stays for data.
/// </summary>
internal static class IndexerConsole
{
    public static bool IsTerminal => !Console.IsErrorRedirected;

    public static ILoggerFactory CreateLoggerFactory(LogLevel? level = null) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(level ?? (IsTerminal ? LogLevel.Warning : LogLevel.Information))
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.ColorBehavior = IsTerminal ? LoggerColorBehavior.Default : LoggerColorBehavior.Disabled;
        })
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));

    public static ISyncProgressSink CreateProgress(ILogger logger) =>
        IsTerminal ? new TerminalProgressSink(Console.Error) : new LogProgressSink(logger);

    /// <summary>Ctrl-C and SIGTERM request a clean stop (at the next block boundary) instead of killing the process.</summary>
    public static IDisposable CancelOnSignals(CancellationTokenSource cancellation)
    {
        void Handler(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += Handler;
        var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });
        return new Registration(() =>
        {
            Console.CancelKeyPress -= Handler;
            term.Dispose();
        });
    }

    private sealed class Registration(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
