using System.Text;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Tests.Chain;

/// <summary>
/// A dump's blocks are extracted while they are parsed (each remark's hex decoded into a reused buffer). That
/// must give exactly what extracting the parsed calls one by one gives: the same remarks, the same texts, the
/// same drops and the same error. A sync also parses each remark where it was decoded, keeping no text: that
/// must consolidate exactly as the remarks with their texts do.
/// </summary>
public class DumpExtractionTests
{
    private const string Alice = "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F";

    private static readonly string[] Texts =
    [
        "RMRK::MINT::2.0.0::%7B%22collection%22%3A%22c%22%2C%22sn%22%3A%2201%22%7D",
        "rmrk::SEND::2.0.0::5-c-S-01::" + Alice,
        "RMRK::EMOTE::2.0.0::RMRK2::5-c-S-01::1F600%20",
        "RMRK::SEND::2.0.0::a%E0%A4%A::b",
        "RMRK::MINT::2.0.0::%E0%A4%A",
        "xRMRK::MINT::2.0.0::{}",
        "RMRK::MINT::1.0.0::{}",
        "RMRK::2.0.0::",
        "RMRK::LIST::2.0.0",
        "RMRK::RESADD::2.0.0::5-c-S-01::%7B%22src%22%3A%22ipfs%3A%2F%2Fx%22%7D",
        "RMRK::RESADD::2.0.0::5-c-S-01::%3A%2C",
        "RMRK::MINT::2.0.0::" + string.Concat(Enumerable.Repeat("%7B%22a%22%3A%22%C3%A9%F0%9F%98%80%22%7D", 120)),
        "RMRK::EMOTE::2.0.0::RMRK2::id::" + new string('e', 1500) + "\u00e9\U0001F600",
        "RMRK::SETPROPERTY::2.0.0::5-c-S-01::name::%22x%22",
        "RMRK::BURN::2.0.0::5-c-S-01::reason%",
    ];

    [Fact]
    public void Blocks_extracted_while_parsed_equal_calls_extracted_one_by_one()
    {
        string dump = Dump(
            Block(5, Texts.Select(t => Call(Hex(t))).ToArray()),
            Block(6, Call("0x524D524B3A3A4255524E3A3A322E302E303A3A78"), Call("0xefbbbf" + Hex("RMRK::BURN::2.0.0::x")[2..]), Call("0x524d524bff3a3a4255524e3a3a322e302e303a3a78")),
            Block(7, """{"call":"balances.transfer","value":"dest,1","caller":"ALICE"}""", Call(Hex("RMRK::LIST::2.0.0::x::1"), ""","extras":[{"call":"balances.transfer","value":"a,1","caller":"ALICE"}]""")),
            """{"calls":[CALL],"block":8}""".Replace("CALL", Call(Hex("RMRK::BURN::2.0.0::late"))),
            $$"""{"block":9,"calls":[{"value":"{{Hex("RMRK::BURN::2.0.0::y")}}","caller":"{{Alice}}","call":"system.remark"}]}""",
            Block(10),
            Block(10));

        Extracted(dump, -1).ShouldBe(OneByOne(dump, -1));
        string.Concat(Extracted(dump, -1)).Split(" 2.0.0 [").Length.ShouldBeGreaterThan(10, "the dump must exercise both paths with remarks kept");
        Extracted(dump, 6).ShouldBe(OneByOne(dump, 6));
    }

    [Fact]
    public void Ops_that_carry_JSON_keep_their_decodeURI_text_and_other_ops_their_raw_text()
    {
        string dump = Dump(Block(5, Call(Hex(Texts[0])), Call(Hex(Texts[2])), Call(Hex(Texts[3]))));
        Extracted(dump, -1).ShouldBe([
            $"5: 5 {Alice} MINT 2.0.0 [RMRK::MINT::2.0.0::{{\"collection\"%3A\"c\"%2C\"sn\"%3A\"01\"}}]  | "
            + $"5 {Alice} EMOTE 2.0.0 [RMRK::EMOTE::2.0.0::RMRK2::5-c-S-01::1F600%20] ",
        ]);
    }

    [Fact]
    public void An_undecodable_caller_stops_at_its_block_with_the_same_error()
    {
        string dump = Dump(Block(5, Call(Hex("RMRK::BURN::2.0.0::x"))), Block(6, Call(Hex("RMRK::BURN::2.0.0::y"), caller: "notanaddress")));
        var fused = Should.Throw<InputFormatException>(() => Extracted(dump, -1));
        var oneByOne = Should.Throw<InputFormatException>(() => OneByOne(dump, -1));
        fused.Message.ShouldBe(oneByOne.Message);
        fused.Message.ShouldStartWith("byte ");
    }

    [Fact]
    public void An_undecodable_caller_in_a_skipped_block_is_not_looked_at()
    {
        string dump = Dump(Block(5, Call(Hex("RMRK::BURN::2.0.0::y"), caller: "notanaddress")), Block(6, Call(Hex("RMRK::BURN::2.0.0::x"))));
        Extracted(dump, 5).ShouldBe(OneByOne(dump, 5));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public void A_malformed_call_fails_alike_in_a_skipped_block_and_after_a_bad_caller(long skipThrough)
    {
        string dump = Dump(Block(5, Call(Hex("RMRK::BURN::2.0.0::y"), caller: "notanaddress"), """{"call":"system.remark","value":7,"caller":"x"}"""));
        var fused = Should.Throw<InputFormatException>(() => Extracted(dump, skipThrough));
        var oneByOne = Should.Throw<InputFormatException>(() => OneByOne(dump, skipThrough));
        fused.Message.ShouldBe(oneByOne.Message);
        fused.Message.ShouldContain("expected a string");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_rows_extract_alike_on_both_paths(int seed)
    {
        var random = new Random(seed);
        string[] fragments =
        [
            "RMRK", "rmrk", "x", "", "::", ":", "2.0.0", "1.0.0", "2.0", "MINT", "SEND", "EMOTE", "RESADD", "CREATE", "BASE",
            "THEMEADD", "SETPROPERTY", "SETPRIORITY", "%", "%2", "%G1", "%E0%A4%A", "%20", "%3A", "%2C", "%25", "%2525",
            "%E2%9C%93", "%F0%9F%98%80", "%C0%80", "%7B%22a%22%3A1%7D", "{\"a\":1}", "\u0000", "\t", "é", "日本", "😀",
            "\ufeff", Alice, "0", "-", "1e3",
        ];
        var blocks = new List<string>();
        for (int b = 1; b <= 400; b++)
        {
            var calls = new List<string>();
            for (int c = random.Next(4); c > 0; c--)
            {
                string text = random.Next(3) == 0 ? "" : "RMRK::" + Pick(["MINT", "SEND", "EMOTE", "RESADD"]) + "::2.0.0::";
                for (int f = random.Next(1, 8); f > 0; f--)
                {
                    text += Pick(fragments);
                }

                byte[] bytes = Encoding.UTF8.GetBytes(text);
                if (random.Next(20) == 0)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100); // invalid UTF-8, most likely
                }

                string hex = "0x" + Convert.ToHexStringLower(bytes);
                calls.Add(Call(random.Next(25) == 0 ? hex.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal) : hex));
            }

            blocks.Add(Block(b, [.. calls]));
        }

        string dump = Dump([.. blocks]);
        var extracted = Extracted(dump, 150);
        extracted.ShouldBe(OneByOne(dump, 150));
        string.Concat(extracted).Split(" 2.0.0 [").Length.ShouldBeGreaterThan(100, "enough rows must be kept to compare");

        string Pick(string[] items) => items[random.Next(items.Length)];
    }

    [Fact]
    public void Remarks_parsed_as_they_are_extracted_consolidate_as_their_texts_do()
    {
        const string nft = "2-d43593c715a56da27d-SPEC-S-00000001";
        string[] texts =
        [
            "RMRK::CREATE::2.0.0::{\"max\"%3A0%2C\"issuer\"%3A\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"%2C\"symbol\"%3A\"SPEC\"%2C\"id\"%3A\"d43593c715a56da27d-SPEC\"%2C\"metadata\"%3A\"ipfs%3A%2F%2Fipfs%2Fcoll\"}",
            "RMRK::MINT::2.0.0::{\"collection\"%3A\"d43593c715a56da27d-SPEC\"%2C\"symbol\"%3A\"S\"%2C\"transferable\"%3A1%2C\"sn\"%3A\"00000001\"%2C\"metadata\"%3A\"ipfs%3A%2F%2Fipfs%2Fnft\"}",
            $"RMRK::LIST::2.0.0::{nft}::1000",
            $"RMRK::LIST::2.0.0::{nft}::2000",
            $"RMRK::RESADD::2.0.0::{nft}::%7B%22src%22%3A%22ipfs%3A%2F%2Fderived%22%7D",
            "RMRK::MINT::2.0.0::%7Bnot json",
        ];
        string dump = Dump(
            [.. texts.Select((t, i) => Block(i + 1, Call(Hex(t)))), Block(10, [.. Texts.Select(t => Call(Hex(t)))])]);

        var (parsedAsExtracted, fromTexts, textless) = ConsolidatedBothWays(dump);

        parsedAsExtracted.ShouldBe(fromTexts);
        textless.ShouldBeGreaterThan(10, "the remarks of exact rows must come parsed, without their texts");
        fromTexts.ShouldContain($"There should be minimum of 5 blocks between last LIST interaction: RMRK::LIST::2.0.0::{nft}::2000");
        fromTexts.ShouldContain("ipfs://derived", Case.Sensitive, "a RESADD without an id gets one derived from its text");
        fromTexts.ShouldContain("Dead before instantiation", Case.Sensitive, "a malformed remark is rejected quoting its text");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_rows_parsed_as_they_are_extracted_consolidate_as_their_texts_do(int seed)
    {
        var random = new Random(seed);
        var blocks = new List<string>();
        for (int b = 1; b <= 300; b++)
        {
            var calls = new List<string>();
            for (int c = random.Next(4); c > 0; c--)
            {
                string text = Texts[random.Next(Texts.Length)];
                int cut = random.Next(text.Length + 1);
                calls.Add(Call(Hex(random.Next(4) == 0 ? text[..cut] : text)));
            }

            blocks.Add(Block(b, [.. calls]));
        }

        var (parsedAsExtracted, fromTexts, textless) = ConsolidatedBothWays(Dump([.. blocks]));

        parsedAsExtracted.ShouldBe(fromTexts);
        textless.ShouldBeGreaterThan(100);
    }

    /// <summary>
    /// The dump consolidated from remarks parsed as they were extracted, and from the same remarks extracted with
    /// their texts and parsed by the consolidator; and how many remarks came without a text.
    /// </summary>
    private static (string ParsedAsExtracted, string FromTexts, int Textless) ConsolidatedBothWays(string dump)
    {
        var parsedAsExtracted = new Consolidator();
        int textless = 0;
        using (var reader = new DumpReader(new MemoryStream(Encoding.UTF8.GetBytes(dump)), gzip: false))
        {
            var parser = new InteractionParser(new AddressCodec(parsedAsExtracted.Options.EffectiveSs58Prefix));
            foreach (var block in new DumpBlockSource(reader, Extractor(), parser).ReadBlocks(-1))
            {
                for (int i = 0; i < block.Remarks.Count; i++)
                {
                    var remark = block.Remarks[i];
                    textless += remark.Text is null ? 1 : 0;
                    if (block.Parsed is { } parsed)
                    {
                        parsedAsExtracted.Apply(remark, parsed[i]);
                    }
                    else
                    {
                        parsedAsExtracted.Apply(remark);
                    }
                }
            }
        }

        var fromTexts = new Consolidator();
        using (var reader = new DumpReader(new MemoryStream(Encoding.UTF8.GetBytes(dump)), gzip: false))
        {
            foreach (var block in new DumpBlockSource(reader, Extractor()).ReadBlocks(-1))
            {
                block.Parsed.ShouldBeNull();
                foreach (var remark in block.Remarks)
                {
                    remark.Text.ShouldNotBeNull();
                    fromTexts.Apply(remark);
                }
            }
        }

        return (SyncHarness.Written(parsedAsExtracted.State), SyncHarness.Written(fromTexts.State), textless);
    }

    private static List<string> Extracted(string dump, long skipThrough)
    {
        using var reader = new DumpReader(new MemoryStream(Encoding.UTF8.GetBytes(dump)), gzip: false);
        return [.. new DumpBlockSource(reader, Extractor()).ReadBlocks(skipThrough).Select(b => Describe(b.Number, b.Remarks))];
    }

    /// <summary>The calls parsed as they are, then each extracted on its own, as any other block source does.</summary>
    private static List<string> OneByOne(string dump, long skipThrough)
    {
        using var reader = new DumpReader(new MemoryStream(Encoding.UTF8.GetBytes(dump)), gzip: false);
        var extractor = Extractor();
        var blocks = new List<string>();
        long last = -1;
        foreach (var element in reader.ReadElements())
        {
            if (element.Block == last && element.Calls!.Count == 0)
            {
                continue;
            }

            last = element.Block;
            var remarks = new List<Remark>();
            foreach (var call in element.Block <= skipThrough ? [] : element.Calls!)
            {
                try
                {
                    if (extractor.Extract(element.Block, call) is { } remark)
                    {
                        remarks.Add(remark);
                    }
                }
                catch (FormatException e)
                {
                    throw new InputFormatException($"byte {element.Offset}: {e.Message}", e);
                }
            }

            blocks.Add(Describe(element.Block, remarks));
        }

        return blocks;
    }

    private static RemarkExtractor Extractor() => new(new AddressCodec(2));

    private static string Describe(long block, IReadOnlyList<Remark> remarks) =>
        $"{block}: " + string.Join(" | ", remarks.Select(r =>
            $"{r.Block} {r.Caller} {r.InteractionType} {r.Version} [{r.Text}] {string.Join(",", r.Extras?.Select(e => $"{e.Call}/{e.Value}/{e.Caller}") ?? [])}"));

    private static string Dump(params string[] elements) => "[\n" + string.Join("\n,\n", elements) + "\n]\n";

    private static string Block(long number, params string[] calls) => $"{{\"block\":{number},\"calls\":[{string.Join(",", calls)}]}}";

    private static string Call(string value, string more = "", string caller = Alice) =>
        $"{{\"call\":\"system.remark\",\"value\":\"{value}\",\"caller\":\"{caller}\"{more}}}";

    private static string Hex(string text) => "0x" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text));
}
