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

    private static bool Is(ReplayRuntime.Setting setting, string entry) =>
        entry.StartsWith(setting.Variable + "=", StringComparison.Ordinal) || entry.StartsWith(setting.LegacyVariable + "=", StringComparison.Ordinal);

    /// <summary>
    /// The environment and name of the process started (the same id throughout), read while it waits for its input;
    /// every setting is removed from the environment it starts with, but the one the user gives.
    /// </summary>
    private static async Task<(string[] Environment, string Name, (int ExitCode, string Errors) Output)> EnvironmentWhileReading(string command, (string Variable, string Value)? userSetting)
    {
        using var temp = new TempFolder();
        var pipe = NamedPipe.Create(temp, "input");
        string[] args = command == "sync" ? ["sync", "--source", pipe.Path, "--db", temp.File("state.sqlite")] : ["consolidate", pipe.Path];
        var variables = ReplayRuntime.Settings.SelectMany(s => new[] { s.Variable, s.LegacyVariable }).ToDictionary(v => v, string? (_) => null);
        if (userSetting is var (variable, value))
        {
            variables[variable] = value;
        }

        string[] environment = [];
        string name = string.Empty;
        var output = await pipe.Feed(
            args,
            "[]"u8.ToArray(),
            variables,
            async pid =>
            {
                environment = Encoding.UTF8.GetString(await File.ReadAllBytesAsync($"/proc/{pid}/environ", TestContext.Current.CancellationToken)).Split('\0');
                name = (await File.ReadAllTextAsync($"/proc/{pid}/comm", TestContext.Current.CancellationToken)).TrimEnd('\n');
            });
        return (environment, name, (output.ExitCode, output.Errors));
    }
}
