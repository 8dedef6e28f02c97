using System.Text;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Input;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Tests.Chain;

public class DumpReaderTests
{
    private const string Call = """{"call":"system.remark","value":"0x00","caller":"HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F"}""";

    [Fact]
    public void Reads_the_jsonstream_framing_with_its_sentinel()
    {
        string text = $"[\n{{\"block\":5,\"calls\":[{Call}]}}\n,\n{{\"block\":9,\"calls\":[]}}\n]\n";
        var elements = Read(text);
        elements.Select(e => e.Block).ShouldBe([5L, 9L]);
        elements[0].Calls!.Count.ShouldBe(1);
        elements[1].Calls!.Count.ShouldBe(0);
        elements[0].Offset.ShouldBe(2);
        elements[1].Offset.ShouldBe(text.IndexOf("{\"block\":9", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_ndjson_and_hashes()
    {
        var elements = Read($"{{\"block\":5,\"hash\":\"0xab\",\"calls\":[{Call}]}}\n{{\"block\":6,\"calls\":[]}}\n");
        elements.Select(e => e.Block).ShouldBe([5L, 6L]);
        elements[0].Hash.ShouldBe("0xab");
    }

    [Fact]
    public void Elements_larger_than_the_buffer_are_read_whole()
    {
        string big = string.Concat(Enumerable.Repeat(Call + ",", 20_000)) + Call;
        var elements = Read($"[{{\"block\":1,\"calls\":[{big}]}},{{\"block\":2,\"calls\":[]}}]");
        elements[0].Calls!.Count.ShouldBe(20_001);
        elements[1].Block.ShouldBe(2);
    }

    [Fact]
    public void Property_names_are_compared_as_json_text_and_unknown_ones_are_skipped()
    {
        // "\u0063alls" is "calls" and "c\u0061ller" is "caller", escaped; "callers" and "extra" only look alike.
        string call = """{"c\u0061ll":"system.remark","value":"0x00","c\u0061ller":"HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F","callers":"x","extra":[1]}""";
        var elements = Read($"[{{\"blocks\":7,\"block\":5,\"\\u0063alls\":[{call}]}}]");
        elements.Single().Block.ShouldBe(5);
        var parsed = elements[0].Calls!.Single();
        parsed.Call.ShouldBe("system.remark");
        parsed.Caller.ShouldBe("HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F");
        parsed.Extras.ShouldBeNull();
    }

    [Theory]
    [InlineData("[{\"block\":1,\"calls\":[]},{\"block\":2,\"cal", "byte 39: the dump ends inside the element that starts at byte 24 (truncated?)")]
    [InlineData("[{\"block\":1,\"calls\":[]}", "byte 23: the dump ends before its closing ']' (truncated?)")]
    [InlineData("[{\"block\":1,\"calls\":[]} {\"block\":2}]", "byte 24: expected ',' or ']' after an element, found '{'")]
    [InlineData("[{\"block\":1,\"calls\":[]},{\"block\":2,\"calls\":[x]}]", "byte 44: malformed JSON in the element that starts at byte 24")]
    [InlineData("nonsense", "byte 0: a dump is a JSON array ('[') or NDJSON ('{' on each line)")]
    public void Bad_input_names_the_byte_offset(string text, string message)
    {
        var e = Should.Throw<InputFormatException>(() => Read(text));
        e.Message.ShouldStartWith(message.Split(':')[0] + ":");
        e.Message.ShouldContain(message[(message.IndexOf(':', StringComparison.Ordinal) + 2)..]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reading_starts_at_a_position_whose_element_is_the_block_expected(bool lines)
    {
        string text = lines
            ? $"{{\"block\":5,\"calls\":[{Call}]}}\n{{\"block\":6,\"calls\":[{Call}]}}\n{{\"block\":8,\"calls\":[]}}\n"
            : $"[\n{{\"block\":5,\"calls\":[{Call}]}}\n,\n{{\"block\":6,\"calls\":[{Call}]}}\n,\n{{\"block\":8,\"calls\":[]}}\n]\n";
        long sixth = text.IndexOf("{\"block\":6", StringComparison.Ordinal);

        Read(text, new SourcePosition(sixth, 6)).Select(e => e.Block).ShouldBe([6L, 8L]);
        Read(text, new SourcePosition(sixth, 7)).Select(e => e.Block).ShouldBe([5L, 6L, 8L], "another block there: from the start");
        Read(text, new SourcePosition(sixth + 1, 6)).Select(e => e.Block).ShouldBe([5L, 6L, 8L], "not an element's start: from the start");
        Read(text, new SourcePosition(text.Length + 10, 6)).Select(e => e.Block).ShouldBe([5L, 6L, 8L], "past the end: from the start");
    }

    [Fact]
    public void A_compressed_dump_is_read_from_its_start_whatever_the_position()
    {
        string text = $"[{{\"block\":5,\"calls\":[{Call}]}},{{\"block\":6,\"calls\":[{Call}]}}]";
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        compressed.Position = 0;
        using var reader = new DumpReader(compressed, gzip: true);
        reader.ReadElements(null, new SourcePosition(text.IndexOf("{\"block\":6", StringComparison.Ordinal), 6)).Select(e => e.Block).ShouldBe([5L, 6L]);
    }

    [Fact]
    public void After_a_position_the_rest_of_the_array_is_checked_as_before()
    {
        string text = $"[{{\"block\":5,\"calls\":[]}},{{\"block\":6,\"calls\":[]}} x]";
        var e = Should.Throw<InputFormatException>(() => Read(text, new SourcePosition(text.IndexOf("{\"block\":6", StringComparison.Ordinal), 6)));
        e.Message.ShouldContain("expected ',' or ']' after an element, found 'x'");
    }

    private static List<DumpElement> Read(string text, SourcePosition resumeAt)
    {
        using var reader = new DumpReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), gzip: false);
        return [.. reader.ReadElements(null, resumeAt)];
    }

    private static List<DumpElement> Read(string text)
    {
        using var reader = new DumpReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), gzip: false);
        return [.. reader.ReadElements()];
    }
}
