using System.CommandLine;
using Microsoft.Extensions.Logging;
using Rmrk.Indexer.Chain.Grpc.Server;
using Rmrk.Indexer.Hosting;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>rmrk chain-core serve --dump FILE [--plan FILE] [--port N]</c>: replays a dump as a chain core over gRPC on
/// 127.0.0.1, with the forks, disconnects and corruptions of a plan file (see <see cref="ChainPlan"/>).
/// </summary>
public static class ChainCoreCommand
{
    public static Command Create()
    {
        var dump = new Option<FileInfo>("--dump") { Description = "A block dump to replay as the canonical chain", Required = true };
        var plan = new Option<FileInfo?>("--plan") { Description = "JSON plan: finalityLag, forks, disconnects, corruptions" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default 0: a free port, printed)", DefaultValueFactory = _ => 0 }.InRange(0, 65535);
        var serve = new Command("serve", "Serve a dump over the chain-core gRPC contract on loopback until stopped") { dump, plan, port };
        serve.SetAction(async (parse, cancellationToken) =>
        {
            ChainTimeline timeline;
            try
            {
                var chainPlan = parse.GetValue(plan) is { } p ? ChainPlan.Read(p.FullName) : new ChainPlan();
                timeline = ChainTimeline.Load(parse.GetValue(dump)!.FullName, chainPlan);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or InputFormatException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 2;
            }

            using var loggers = IndexerConsole.CreateLoggerFactory();
            ChainCoreServer started;
            try
            {
                started = await ChainCoreServer.StartAsync(timeline, parse.GetValue(port), LogLevel.Warning, cancellationToken).ConfigureAwait(false);
            }
            catch (ChainCoreStartException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 2;
            }

            await using var server = started;
            Log.ChainServerListening(loggers.CreateLogger("Rmrk.Indexer.ChainCore"), timeline.Canonical.Count, server.Address.ToString());
            await Console.Out.WriteLineAsync($"chain core listening on grpc://{server.Address.Authority} ({timeline.Canonical.Count} blocks, {timeline.Full.Count} messages)").ConfigureAwait(false);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, server.Stopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C / SIGTERM: stop serving.
            }

            return 0;
        });
        return new Command("chain-core", "The chain-core gRPC contract: a development server") { serve };
    }
}
