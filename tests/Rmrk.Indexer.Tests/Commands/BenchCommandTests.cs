using Rmrk.Indexer.Benchmarks;
using Rmrk.Indexer.Commands;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// <c>rmrk bench</c> and <c>bench-sync</c> as a user starts them, through the .NET host: <c>bench</c> times its own
/// cold run as a child process; a missing input or reference is a one-line error and exit code 2, not a stack trace.
/// </summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Bench_started_as_dotnet_rmrk_dll_starts_its_cold_run_the_same_way()
    {
        string dump = GeneratedDumps.Get("bench", 2000);

        var (exitCode, output, errors) = await RmrkCli.Run("bench", dump, "--iterations", "1", "--no-reference");

        exitCode.ShouldBe(0, errors);
        string row = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        string[] cells = row.Split('|');
        cells[0].Trim().ShouldBe("2000");
        double.Parse(cells[2].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, "the cold run's consolidation time");
        cells[1].Trim().ShouldBe("- / -", "no reference was run");
        row.ShouldNotContain("NaN");
    }

    [Fact]
    public async Task Segments_split_one_consolidation_into_contiguous_parts_covering_the_stream()
    {
        string dump = GeneratedDumps.Get("bench", 2000);

        var (exitCode, output, errors) = await RmrkCli.Run("bench", dump, "--iterations", "2", "--no-reference", "--segments", "3");

        exitCode.ShouldBe(0, errors);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int header = Array.FindIndex(lines, l => l.StartsWith("segment |", StringComparison.Ordinal));
        header.ShouldBeGreaterThan(0, output);
        var rows = lines[(header + 1)..].Select(l => l.Split('|').Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        rows.Select(r => r[0]).ShouldBe([1, 2, 3]);
        rows.Select(r => r[1]).ShouldBe([0, 667, 1334], "remarks before each segment");
        rows.Select(r => r[2]).ShouldBe([667, 667, 666]);
        rows.ShouldAllBe(r => r[3] > 0 && r[4] > 0, "every segment is timed");
    }

    [Fact]
    public async Task Each_round_runs_the_reference_and_a_warm_block_and_the_paired_ratio_sets_them_side_by_side()
    {
        await WriteCountingReference();

        var (exitCode, output, errors) = await RmrkCli.Run("bench", GeneratedDumps.Get("bench", 2000), "--iterations", "2", "--runs", "2", "--oracle", _folder.Path);

        exitCode.ShouldBe(0, errors);
        (await File.ReadAllLinesAsync(_folder.File("runs.log"), TestContext.Current.CancellationToken)).Length.ShouldBe(2, "one reference run per round");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] header = lines[0].Split('|').Select(c => c.Trim()).ToArray();
        string[] cells = lines[^1].Split('|').Select(c => c.Trim()).ToArray();
        cells[Array.IndexOf(header, "reference ms (min/median)")].ShouldBe("5000 / 5000");
        double paired = double.Parse(cells[Array.IndexOf(header, "ref/warm (paired)")].TrimEnd('x'), System.Globalization.CultureInfo.InvariantCulture);
        double byMedian = double.Parse(cells[Array.IndexOf(header, "ref/warm (median)")].TrimEnd('x'), System.Globalization.CultureInfo.InvariantCulture);
        paired.ShouldBeGreaterThan(0);
        byMedian.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_paired_ratio_is_the_median_over_rounds_of_each_reference_run_against_its_own_block()
    {
        ProcessMeasurement[] reference = [new(1000, 0, 1), new(2000, 0, 2), new(3000, 0, 3)];
        WarmBlock[] blocks = [new([9, 10, 11], 0, 0), new([40, 40, 50], 0, 0), new([10, 12, 8], 0, 0)];

        // Rounds: 1000/10 = 100, 2000/40 = 50, 3000/10 = 300; their median is 100. The overall medians (2000 against
        // 11 across every block) give 181.8, setting runs from different minutes against each other.
        BenchCommand.PairedRatio(reference, blocks).ShouldBe(100);
        BenchCommand.PairedRatio([], []).ShouldBe(double.NaN);
    }

    [Fact]
    public async Task Bench_sync_rounds_each_time_a_cold_sync_in_a_child_and_one_run_of_the_reference()
    {
        await WriteCountingReference();
        string db = _folder.File("bench.sqlite");

        var (exitCode, output, errors) = await RmrkCli.Run("bench-sync", "--source", GeneratedDumps.Get("bench", 2000), "--db", db, "--runs", "2", "--reference", "--oracle", _folder.Path);

        exitCode.ShouldBe(0, errors);
        (await File.ReadAllLinesAsync(_folder.File("runs.log"), TestContext.Current.CancellationToken)).Length.ShouldBe(2, "one reference run per round");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rounds = lines.Where(l => l.StartsWith("round ", StringComparison.Ordinal)).ToList();
        rounds.Count.ShouldBe(2, output);
        foreach (string round in rounds)
        {
            Figure(round, "sync_ms").ShouldBeGreaterThan(0, round);
            Figure(round, "reference_ms").ShouldBe(5000);
        }

        lines.ShouldContain(l => l.StartsWith("ours:", StringComparison.Ordinal) && l.Contains("runs=2", StringComparison.Ordinal));
        string ratio = lines.Single(l => l.StartsWith("ratio:", StringComparison.Ordinal));
        Figure(ratio, "paired").ShouldBeGreaterThan(0);
        File.Exists(db).ShouldBeTrue("each round's sync wrote the database it was given");
        output.ShouldNotContain("NaN");
    }

    [Fact]
    public void Bench_sync_reads_a_child_sync_s_figures_from_its_ours_line()
    {
        const string output = """
            ours:      sync_ms=6530 replay_ms=6285 remarks=1000000 remarks_per_s=153134 commits=4 cpu_ms=11192 peak_rss_mb=878 db_mb=301
            gc:        pause_ms=1174 gen0=7 gen1=3 gen2=2 allocated_mb=1707
            """;

        SyncMeasurement.Parse(output).ShouldBe(new SyncMeasurement(6530, 11192, 878));
        SyncMeasurement.Parse("synced through block 7").ShouldBeNull();
    }

    [Fact]
    public void Bench_sync_s_paired_ratio_sets_each_reference_run_against_its_own_round_s_sync()
    {
        // Rounds: 100/10 = 10, 300/10 = 30, 200/40 = 5; their median is 10, where the medians (200 against 10) give 20.
        BenchSyncCommand.PairedRatio([100, 300, 200], [10, 10, 40]).ShouldBe(10);
        BenchSyncCommand.PairedRatio([], []).ShouldBe(double.NaN);
    }

    [Fact]
    public async Task A_missing_input_is_named()
    {
        string missing = _folder.File("missing.json");

        var (exitCode, _, errors) = await RmrkCli.Run("bench", missing, "--no-reference");

        exitCode.ShouldBe(2);
        errors.Trim().ShouldStartWith($"error: {missing}: cannot read the file");
    }

    [Theory]
    [InlineData("bench")]
    [InlineData("bench-sync")]
    public async Task A_folder_without_the_reference_is_named_before_anything_is_measured(string command)
    {
        var (exitCode, output, errors) = await RmrkCli.Run(BenchArgs(command, GeneratedDumps.Get("bench", 2000), _folder.Path));

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe($"error: {_folder.Path}: no consolidate.mjs here; pass --oracle with the reference's folder (../shared/oracle)");
        output.ShouldNotContain("synced through", Case.Sensitive, "bench-sync checks the reference before it syncs");
    }

    [Fact]
    public async Task A_reference_whose_packages_are_not_installed_says_how_to_install_them()
    {
        await File.WriteAllTextAsync(_folder.File("consolidate.mjs"), string.Empty, TestContext.Current.CancellationToken);

        var (exitCode, _, errors) = await RmrkCli.Run(BenchArgs("bench", GeneratedDumps.Get("bench", 2000), _folder.Path));

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe($"error: {_folder.Path}: the reference's packages are not installed; run `npm ci` in that folder");
    }

    [Fact]
    public async Task A_reference_that_fails_is_reported_with_its_own_words()
    {
        await File.WriteAllTextAsync(_folder.File("consolidate.mjs"), "console.error('Error: the reference broke'); process.exit(3);\n", TestContext.Current.CancellationToken);
        Directory.CreateDirectory(_folder.File("node_modules"));

        var (exitCode, _, errors) = await RmrkCli.Run(BenchArgs("bench", GeneratedDumps.Get("bench", 2000), _folder.Path));

        exitCode.ShouldBe(2);
        errors.ShouldStartWith("error: ");
        errors.ShouldContain("exited with 3");
        errors.ShouldContain("Error: the reference broke");
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// A stand-in for the reference in the test's folder that counts its runs (<c>runs.log</c>) and reports a fixed
    /// consolidation time of 5,000 ms, as consolidate.mjs --timing does.
    /// </summary>
    private async Task WriteCountingReference()
    {
        const string script = """
            import fs from 'node:fs';
            fs.appendFileSync(new URL('./runs.log', import.meta.url), 'run\n');
            console.error('consolidate_ms=5000 remarks=2000');
            """;
        await File.WriteAllTextAsync(_folder.File("consolidate.mjs"), script, TestContext.Current.CancellationToken);
        Directory.CreateDirectory(_folder.File("node_modules"));
    }

    /// <summary>The number after <c>name=</c> in a bench line (a trailing <c>x</c> dropped).</summary>
    private static double Figure(string line, string name)
    {
        string cell = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
        return double.Parse(cell[(name.Length + 1)..].TrimEnd('x'), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string[] BenchArgs(string command, string dump, string oracle) => command == "bench"
        ? ["bench", dump, "--iterations", "1", "--oracle", oracle]
        : ["bench-sync", "--source", dump, "--reference", "--oracle", oracle];
}
