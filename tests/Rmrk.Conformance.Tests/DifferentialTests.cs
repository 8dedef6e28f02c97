using System.Text;
using Rmrk.Core.Rmrk2.Output;
using Rmrk.Indexer.Consolidation;
using Rmrk.Indexer.Input;

namespace Rmrk.Conformance.Tests;

/// <summary>
/// Differential test against the reference: gen.mjs writes a deterministic Kanaria-shaped stream, the
/// reference's consolidate.mjs and our engine (in-process) consolidate the same file, and the compact canonical
/// outputs must be byte-identical. Needs node and <c>npm ci</c> in ../shared/oracle; without them the tests fail.
/// </summary>
public sealed class DifferentialTests : IDisposable
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("rmrk-differential-");

    /// <summary>Seed, remark count, invalid rate, input shape (gen.mjs --format).</summary>
    private static readonly (string Seed, int Count, double InvalidRate, string Format)[] Cases =
    [
        ("spec-1", 2500, 0.1, "remarks"),
        ("spec-2", 2000, 0.1, "remarks"),
        ("spec-3", 2000, 0.3, "remarks"),
        ("spec-4", 3000, 0.3, "remarks"),
        ("spec-5", 2000, 0.1, "blocks"),
        ("spec-6", 1500, 0.3, "blocks"),
    ];

    public static TheoryData<string, int, double, string> Streams
    {
        get
        {
            var data = new TheoryData<string, int, double, string>();
            foreach (var (seed, count, rate, format) in Cases)
            {
                data.Add(seed, count, rate, format);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Engine_output_equals_the_reference(string seed, int count, double invalidRate, string format)
    {
        var ct = TestContext.Current.CancellationToken;
        string node = ReferenceOracle.RequireNode();
        string stream = Path.Combine(_work.FullName, $"{seed}.{format}.json");
        string reference = Path.Combine(_work.FullName, $"{seed}.{format}.reference.json");

        string rate = invalidRate.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ReferenceOracle.RunAsync(node, "gen.mjs", ["--seed", seed, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--invalid-rate", rate, "--format", format], stream, NodeTimeout, ct);
        await ReferenceOracle.RunAsync(node, "consolidate.mjs", [stream], reference, NodeTimeout, ct);

        byte[] expected = await File.ReadAllBytesAsync(reference, ct);
        byte[] actual = Consolidate(stream);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            string ours = Path.Combine(Path.GetTempPath(), $"rmrk-differential-{seed}.{format}.ours.json");
            await File.WriteAllBytesAsync(ours, actual, ct);
            Assert.Fail(
                $"gen.mjs --seed {seed} --count {count} --invalid-rate {rate} --format {format}: our output differs from the reference\n" +
                $"{JsonDifference.Describe(expected, actual)}\n(our output kept at {ours})");
        }
    }

    [Fact]
    public void The_generated_streams_cover_both_input_shapes_and_both_invalid_rates()
    {
        Cases.Select(c => c.Format).Distinct().Order(StringComparer.Ordinal).ShouldBe(["blocks", "remarks"]);
        Cases.Select(c => c.InvalidRate).Distinct().Order().ShouldBe([0.1, 0.3]);
        Cases.Sum(c => c.Count).ShouldBeLessThanOrEqualTo(15_000, "keep the class well under a minute (gen.mjs costs ~0.4 ms per remark)");
    }

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>Our engine in-process on a file, its compact canonical output as UTF-8.</summary>
    internal static byte[] Consolidate(string path)
    {
        var input = ConsolidationInputReader.ReadFile(path);
        var run = ConsolidationRun.Execute(input, ConsolidationRun.OptionsFor(input.Options));
        using var writer = new StringWriter();
        Rmrk2StateWriter.Write(run.Consolidator.State, writer, pretty: false);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(writer.ToString());
    }
}
