using System.IO.Compression;
using System.Text;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Tests.Input;

/// <summary>
/// How a consolidation input is told apart: a top-level array (after gzip, a byte-order mark and whitespace)
/// is streamed; anything else is a fixture object read whole; a file that cannot be read is an input error.
/// </summary>
public class RemarkStreamTests
{
    [Theory]
    [InlineData("[]", false, true)]
    [InlineData(" \r\n\t[{\"block\":1}]", false, true)]
    [InlineData("\uFEFF  []", false, true)]
    [InlineData("\uFEFF[]", true, true)]
    [InlineData("{\"remarks\":[]}", false, false)]
    [InlineData("{\"remarks\":[]}", true, false)]
    [InlineData("", false, false)]
    [InlineData("   ", true, false)]
    public void An_array_is_recognised_through_gzip_a_BOM_and_whitespace(string content, bool gzip, bool isArray)
    {
        using var temp = new TempFolder();
        string path = temp.File("input.json");
        byte[] bytes = Encoding.UTF8.GetBytes(content);
        using (var file = File.Create(path))
        using (Stream target = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file)
        {
            target.Write(bytes);
        }

        IsArray(path).ShouldBe(isArray);
    }

    [Fact]
    public void A_corrupt_gzip_stream_is_an_input_error_that_names_the_file()
    {
        using var temp = new TempFolder();
        string path = temp.File("input.json.gz");
        File.WriteAllBytes(path, [0x1f, 0x8b, .. "not deflate"u8]);

        Should.Throw<InputFormatException>(() => IsArray(path)).Message.ShouldStartWith($"{path}: byte 0 (decompressed): the compressed stream is corrupt");
    }

    [Fact]
    public void A_missing_file_is_an_input_error_that_names_it()
    {
        using var temp = new TempFolder();
        string path = temp.File("missing.json");
        Should.Throw<InputFormatException>(() => IsArray(path)).Message.ShouldStartWith($"{path}: cannot read the file");
    }

    private static bool IsArray(string path)
    {
        using var reader = DumpReader.Open(path);
        return RemarkStream.IsArray(reader, path);
    }
}
