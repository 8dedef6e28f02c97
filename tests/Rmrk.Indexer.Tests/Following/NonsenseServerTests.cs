using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rmrk.Indexer.Chain.Grpc;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Sync;

namespace Rmrk.Indexer.Tests.Following;

/// <summary>Servers that do not speak the contract: a clear error, no retry loop, nothing written.</summary>
public class NonsenseServerTests
{
    [Fact]
    public async Task A_server_sending_undecodable_messages_gives_a_clear_error()
    {
        await using var app = await Start(async context =>
        {
            context.Response.ContentType = "application/grpc";
            context.Response.AppendTrailer("grpc-status", "0");
            // A well-framed gRPC message whose bytes are not a StreamResponse (field 1 with wire type 7).
            await context.Response.Body.WriteAsync(new byte[] { 0, 0, 0, 0, 4, 0x0f, 0xff, 0xff, 0xff }, context.RequestAborted);
        });
        using var temp = new TempFolder();

        var error = await Should.ThrowAsync<ChainProtocolException>(() =>
            ChainCoreHarness.Follow(Address(app), temp.File("db.sqlite"), new ChainFollowerOptions()));

        error.Message.ShouldContain("InvalidProtocolBufferException");
        using var store = SqliteStateStore.OpenReadOnly(temp.File("db.sqlite"));
        store.ReadCursor().ShouldBeNull();
    }

    [Fact]
    public async Task A_server_without_the_chain_core_service_gives_a_clear_error()
    {
        await using var app = await Start(context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        using var temp = new TempFolder();

        var error = await Should.ThrowAsync<ChainProtocolException>(() =>
            ChainCoreHarness.Follow(Address(app), temp.File("db.sqlite"), new ChainFollowerOptions()));

        error.Message.ShouldContain("answered Unimplemented");
    }

    [Fact]
    public async Task An_unreachable_server_is_retried_then_reported()
    {
        using var temp = new TempFolder();
        var error = await Should.ThrowAsync<ChainUnavailableException>(() =>
            ChainCoreHarness.Follow(new Uri("http://127.0.0.1:1"), temp.File("db.sqlite"), new ChainFollowerOptions { MaxRetries = 2 }));

        error.Message.ShouldContain("failed 3 times in a row");
    }

    private static async Task<WebApplication> Start(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
