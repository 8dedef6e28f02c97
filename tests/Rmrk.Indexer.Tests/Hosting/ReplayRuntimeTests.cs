using System.Net.Sockets;
using System.Text;
using Rmrk.Indexer.Hosting;

namespace Rmrk.Indexer.Tests.Hosting;

/// <summary>
/// A replaying command runs again in the same process with its runtime settings in the environment, except those the
/// user set. The program is held at the point where it opens its input (a FIFO nobody writes yet), past the exec, and
/// its environment read from /proc.
/// </summary>
public class ReplayRuntimeTests
{
    [Theory]
    [InlineData("consolidate")]
    [InlineData("sync")]
    public async Task A_replay_runs_in_the_same_process_with_the_delay_off_and_instrumentation_from_the_first_compile(string command)
    {
        var (environment, name, output) = await EnvironmentWhileReading(command, userSetting: null);

        environment.ShouldContain($"{ReplayRuntime.TieringDelay.Variable}=0");
        environment.ShouldContain("DOTNET_TieredPGO_InstrumentOnlyHotCode=0");
        name.ShouldBe("dotnet", "the process keeps the name of what it executes (not \"exe\", as through /proc/self/exe)");
        output.ExitCode.ShouldBe(0, output.Errors);
    }

    [Fact]
    public async Task A_sync_runs_with_the_smaller_gen0_budget_and_a_consolidation_without_it()
    {
        var (sync, _, syncOutput) = await EnvironmentWhileReading("sync", userSetting: null);
        var (consolidate, _, consolidateOutput) = await EnvironmentWhileReading("consolidate", userSetting: null);

        sync.Where(e => Is(ReplayRuntime.Gen0Budget, e)).ShouldBe([$"{ReplayRuntime.Gen0Budget.Variable}=8000000"]);
        consolidate.ShouldNotContain(e => Is(ReplayRuntime.Gen0Budget, e));
        syncOutput.ExitCode.ShouldBe(0, syncOutput.Errors);
        consolidateOutput.ExitCode.ShouldBe(0, consolidateOutput.Errors);
    }

    [Fact]
    public async Task A_consolidation_optimises_late_and_a_sync_at_the_default_count()
    {
        var (consolidate, _, consolidateOutput) = await EnvironmentWhileReading("consolidate", userSetting: null);
        var (sync, _, syncOutput) = await EnvironmentWhileReading("sync", userSetting: null);

        consolidate.Where(e => Is(ReplayRuntime.LateOptimisation, e)).ShouldBe(["DOTNET_TC_CallCountThreshold=1000"]);
        sync.ShouldNotContain(e => Is(ReplayRuntime.LateOptimisation, e));
        consolidateOutput.ExitCode.ShouldBe(0, consolidateOutput.Errors);
        syncOutput.ExitCode.ShouldBe(0, syncOutput.Errors);
    }

    [Fact]
    public void Bench_keeps_the_default_instrumentation_and_optimisation_because_its_figure_is_the_warm_one()
    {
        ReplayRuntime.InstrumentFromFirstCompile.Commands.ShouldNotContain("bench");
        ReplayRuntime.LateOptimisation.Commands.ShouldNotContain("bench");
        ReplayRuntime.TieringDelay.Commands.ShouldContain("bench");
    }

    [Theory]
    [InlineData("consolidate", "TieredPGO_InstrumentOnlyHotCode", "COMPlus_")]
    [InlineData("consolidate", "TC_CallCountThreshold", "DOTNET_")]
    [InlineData("consolidate", "TC_CallCountingDelayMs", "DOTNET_")]
    [InlineData("consolidate", "TC_CallCountingDelayMs", "COMPlus_")]
    [InlineData("sync", "TC_CallCountingDelayMs", "DOTNET_")]
    [InlineData("sync", "GCGen0MaxBudget", "COMPlus_")]
    public async Task A_setting_the_user_gave_is_kept_and_the_others_are_added(string command, string setting, string prefix)
    {
        string variable = prefix + setting;
        var (environment, _, output) = await EnvironmentWhileReading(command, (variable, "50"));

        foreach (var s in ReplayRuntime.Settings.Where(s => s.Commands.Contains(command)))
        {
            string[] expected = s.Name == setting ? [$"{variable}=50"] : [$"{s.Variable}={s.Value}"];
            environment.Where(e => Is(s, e)).ShouldBe(expected);
        }

        output.ExitCode.ShouldBe(0, output.Errors);
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("consolidate")]
    public async Task Diagnostic_tools_can_attach_to_a_restarted_replay(string command)
    {
        var accepted = new List<string>();
        var output = await WhileReading(command, userSetting: null, async pid =>
        {
            // dotnet-counters, dotnet-trace and dotnet-gcdump connect to this socket; the restart used to leave only
            // the first runtime's file, with nothing listening on it.
            foreach (var path in Directory.EnumerateFiles(Path.GetTempPath(), $"dotnet-diagnostic-{pid}-*-socket"))
            {
                using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), TestContext.Current.CancellationToken);
                    accepted.Add(path);
                }
                catch (SocketException)
                {
                    // Refused: a file without a listener.
                }
            }
        });

        output.ExitCode.ShouldBe(0, output.Errors);
        accepted.Count.ShouldBe(1);
    }

    private static bool Is(ReplayRuntime.Setting setting, string entry) =>
        entry.StartsWith(setting.Variable + "=", StringComparison.Ordinal) || entry.StartsWith(setting.LegacyVariable + "=", StringComparison.Ordinal);

    /// <summary>
    /// The environment and name of the process started (the same id throughout), read while it waits for its input;
    /// every setting is removed from the environment it starts with, but the one the user gives.
    /// </summary>
    private static async Task<(string[] Environment, string Name, (int ExitCode, string Errors) Output)> EnvironmentWhileReading(string command, (string Variable, string Value)? userSetting)
    {
        string[] environment = [];
        string name = string.Empty;
        var output = await WhileReading(command, userSetting, async pid =>
        {
            environment = Encoding.UTF8.GetString(await File.ReadAllBytesAsync($"/proc/{pid}/environ", TestContext.Current.CancellationToken)).Split('\0');
            name = (await File.ReadAllTextAsync($"/proc/{pid}/comm", TestContext.Current.CancellationToken)).TrimEnd('\n');
        });
        return (environment, name, output);
    }

    /// <summary>Runs the command on an empty input and inspects its process while it waits for that input.</summary>
    private static async Task<(int ExitCode, string Errors)> WhileReading(string command, (string Variable, string Value)? userSetting, Func<int, Task> inspect)
    {
        using var temp = new TempFolder();
        var pipe = NamedPipe.Create(temp, "input");
        string[] args = command == "sync" ? ["sync", "--source", pipe.Path, "--db", temp.File("state.sqlite")] : ["consolidate", pipe.Path];
        var variables = ReplayRuntime.Settings.SelectMany(s => new[] { s.Variable, s.LegacyVariable }).ToDictionary(v => v, string? (_) => null);
        if (userSetting is var (variable, value))
        {
            variables[variable] = value;
        }

        var output = await pipe.Feed(args, "[]"u8.ToArray(), variables, inspect);
        return (output.ExitCode, output.Errors);
    }
}
