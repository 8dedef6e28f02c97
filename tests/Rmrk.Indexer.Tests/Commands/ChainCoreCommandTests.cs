using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary><c>rmrk chain-core serve</c> as a developer runs it: it stops on SIGTERM, and a taken port is a clear error.</summary>
public sealed class ChainCoreCommandTests
{
    [Fact]
    public async Task A_taken_port_is_an_error_that_names_it()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, _, errors) = await RmrkCli.Run("chain-core", "serve", "--dump", TestPaths.SampleDump, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        exitCode.ShouldBe(2);
        errors.Trim().ShouldStartWith($"error: 127.0.0.1:{port}: cannot listen: ");
    }

    [Fact]
    public async Task Sigterm_stops_the_server()
    {
        using var server = DotnetProgram.Start(TestPaths.RmrkDll, ["chain-core", "serve", "--dump", TestPaths.SampleDump]);
        var errors = server.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string? listening = await server.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
        listening.ShouldNotBeNull("the server printed no address");
        listening.ShouldStartWith("chain core listening on grpc://127.0.0.1:");

        using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await server.WaitForExitAsync(deadline.Token);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }

        server.ExitCode.ShouldBe(0, await errors);
    }
}
