using System.Text;
using Rmrk.Indexer.Hosting;

namespace Rmrk.Indexer.Tests.Hosting;

/// <summary>
/// A replaying command runs again in the same process with the runtime's tiering delay off, unless the user set the
/// delay. The program is held at the point where it opens its input (a FIFO nobody writes yet), past the exec, and its
/// environment read from /proc.
/// </summary>
public class TieringDelayTests
{
    [Theory]
    [InlineData("consolidate")]
    [InlineData("sync")]
    public async Task A_replay_runs_in_the_same_process_with_the_delay_off(string command)
    {
        var (environment, name, output) = await EnvironmentWhileReading(command, TieringDelay.Variable, userDelay: null);

        environment.ShouldContain($"{TieringDelay.Variable}=0");
        name.ShouldBe("dotnet", "the process keeps the name of what it executes (not \"exe\", as through /proc/self/exe)");
        output.ExitCode.ShouldBe(0, output.Errors);
    }

    [Theory]
    [InlineData(TieringDelay.Variable)]
    [InlineData(TieringDelay.LegacyVariable)]
    public async Task A_delay_the_user_set_is_kept(string variable)
    {
        var (environment, _, output) = await EnvironmentWhileReading("consolidate", variable, userDelay: "50");

        environment.Where(IsDelay).ShouldBe([$"{variable}=50"]);
        output.ExitCode.ShouldBe(0, output.Errors);
    }

    private static bool IsDelay(string entry) =>
        entry.StartsWith(TieringDelay.Variable + "=", StringComparison.Ordinal) || entry.StartsWith(TieringDelay.LegacyVariable + "=", StringComparison.Ordinal);

    /// <summary>
    /// The environment and name of the process started (the same id throughout), read while it waits for its input.
    /// </summary>
    private static async Task<(string[] Environment, string Name, (int ExitCode, string Errors) Output)> EnvironmentWhileReading(string command, string variable, string? userDelay)
    {
        using var temp = new TempFolder();
        var pipe = NamedPipe.Create(temp, "input");
        string[] args = command == "sync" ? ["sync", "--source", pipe.Path, "--db", temp.File("state.sqlite")] : ["consolidate", pipe.Path];
        string[] environment = [];
        string name = string.Empty;
        var output = await pipe.Feed(
            args,
            "[]"u8.ToArray(),
            new Dictionary<string, string?> { [TieringDelay.Variable] = null, [TieringDelay.LegacyVariable] = null, [variable] = userDelay },
            async pid =>
            {
                environment = Encoding.UTF8.GetString(await File.ReadAllBytesAsync($"/proc/{pid}/environ", TestContext.Current.CancellationToken)).Split('\0');
                name = (await File.ReadAllTextAsync($"/proc/{pid}/comm", TestContext.Current.CancellationToken)).TrimEnd('\n');
            });
        return (environment, name, (output.ExitCode, output.Errors));
    }
}
