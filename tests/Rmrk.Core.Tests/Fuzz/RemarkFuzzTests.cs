using System.Diagnostics;
using System.Text;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Core.Rmrk2.Output;

namespace Rmrk.Core.Tests.Fuzz;

/// <summary>
/// Hostile input must never escape the consolidator as an exception: every remark either applies or becomes an
/// <c>invalid</c> entry with an op type and a message, and the resulting state can still be written.
/// 4 seeds × 50,000 remarks.
/// </summary>
public class RemarkFuzzTests
{
    private const int RemarksPerSeed = 50_000;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void No_exception_escapes_and_every_rejection_is_explained(int seed)
    {
        var consolidator = new Consolidator();
        int rejected = 0;
        int index = 0;
        var clock = Stopwatch.StartNew();
        foreach (Remark remark in new RemarkFuzzer(seed).Generate(RemarksPerSeed))
        {
            try
            {
                consolidator.Consolidate([remark]);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, remark #{index} threw {e.GetType().Name}: {e.Message}\n{Describe(remark)}\n{e.StackTrace}");
            }

            var invalid = consolidator.State.Invalid;
            if (invalid.Count > rejected)
            {
                invalid.Count.ShouldBe(rejected + 1, $"seed {seed}, remark #{index} added more than one invalid entry\n{Describe(remark)}");
                var entry = invalid[^1];
                entry.Message.ShouldNotBeNullOrEmpty($"seed {seed}, remark #{index}: rejection without a message\n{Describe(remark)}");
                entry.OpType.ShouldNotBeNullOrEmpty($"seed {seed}, remark #{index}: rejection without an op_type\n{Describe(remark)}");
                entry.OpType.ShouldBe(remark.InteractionType);
                entry.ObjectId.ShouldNotBeNull();
                rejected = invalid.Count;
            }

            index++;
        }

        index.ShouldBe(RemarksPerSeed);
        rejected.ShouldBeGreaterThan(RemarksPerSeed / 4, "the mutations should be rejected far more often than not");
        consolidator.State.Nfts.Count.ShouldBeGreaterThan(1000, "the interleaved mints should have built state");

        using var output = new StringWriter();
        Should.NotThrow(() => Rmrk2StateWriter.Write(consolidator.State, output, pretty: false));
        output.ToString().ShouldEndWith("\n");
        TestContext.Current.SendDiagnosticMessage($"seed {seed}: {index} remarks, {rejected} invalid, {consolidator.State.Nfts.Count} NFTs, {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>
    /// Parsing ahead on another thread must not change a byte: the fuzz stream consolidated in one call (batches
    /// parsed ahead, the last one short) equals the same stream applied remark by remark without it, whether the
    /// input is a list (read in place by both threads) or only enumerable (copied a batch at a time).
    /// </summary>
    [Theory]
    [InlineData(5, 50_000, false)]
    [InlineData(6, ParseAheadBatch * 3, false)]
    [InlineData(7, ParseAheadBatch - 1, false)]
    [InlineData(8, 20_000, true)]
    [InlineData(9, ParseAheadBatch * 2, true)]
    public void Parsing_ahead_gives_the_state_of_remark_by_remark(int seed, int count, bool enumerated)
    {
        var remarks = new RemarkFuzzer(seed).Generate(count).ToList();
        var ahead = new Consolidator(new ConsolidatorOptions { ParseAhead = true });
        ahead.Consolidate(enumerated ? OneByOne(remarks) : remarks);
        var inline = new Consolidator(new ConsolidatorOptions { ParseAhead = false });
        foreach (var remark in remarks)
        {
            inline.Apply(remark);
        }

        Write(ahead).ShouldBe(Write(inline));
        inline.State.Invalid.Count.ShouldBeGreaterThan(count / 4);
    }

    [Fact]
    public void The_generator_is_deterministic()
    {
        var a = new RemarkFuzzer(7).Generate(2000).Select(Describe).ToList();
        var b = new RemarkFuzzer(7).Generate(2000).Select(Describe).ToList();
        a.ShouldBe(b);
    }

    private static IEnumerable<Remark> OneByOne(List<Remark> remarks)
    {
        foreach (var remark in remarks)
        {
            yield return remark;
        }
    }

    /// <summary>ParseAhead.BatchSize, which is internal to the engine.</summary>
    private const int ParseAheadBatch = 1024;

    private static string Write(Consolidator consolidator)
    {
        using var output = new StringWriter();
        Rmrk2StateWriter.Write(consolidator.State, output, pretty: false);
        return output.ToString();
    }

    private static string Describe(Remark r)
    {
        var s = new StringBuilder();
        s.Append("block ").Append(r.Block).Append(", caller ").Append(Escape(r.Caller)).Append(", type ").Append(Escape(r.InteractionType))
            .Append(", remark ").Append(Escape(r.Text!.Length > 600 ? r.Text[..600] + "…" : r.Text));
        if (r.Extras is not null)
        {
            s.Append(", extras [").AppendJoin(", ", r.Extras.Select(x => $"{Escape(x.Call)} {Escape(x.Value)}")).Append(']');
        }

        return s.ToString();
    }

    private static string Escape(string text)
    {
        var s = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c < 0x20 || char.IsSurrogate(c) || c == '"' || c == '\\')
            {
                s.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                s.Append(c);
            }
        }

        return s.Append('"').ToString();
    }
}
