using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>
/// Kestrel serving <see cref="DumpChainCoreService"/> over HTTP/2 without TLS, bound to 127.0.0.1 only
/// (port 0 = a free one). For development and tests; a node bridge implements the same contract.
/// </summary>
public sealed class ChainCoreServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChainCoreServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary><c>http://127.0.0.1:PORT</c> (what <c>grpc://127.0.0.1:PORT</c> means to the client).</summary>
    public Uri Address { get; }

    /// <summary>
    /// Signalled when the server is stopping of its own accord: its host takes SIGTERM and Ctrl-C for itself, so a
    /// caller that serves until stopped waits for this as well as for its own cancellation.
    /// </summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public static async Task<ChainCoreServer> StartAsync(ChainTimeline timeline, int port, LogLevel logLevel, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(logLevel);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        // A failed start (the port is taken) reaches the caller as an exception; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(o => o.EnableDetailedErrors = true);
        builder.Services.AddSingleton(timeline);
        var app = builder.Build();
        app.MapGrpcService<DumpChainCoreService>();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new ChainCoreStartException($"127.0.0.1:{port}: cannot listen: {e.Message}", e);
        }

        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ChainCoreServer(app, new Uri(bound));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
