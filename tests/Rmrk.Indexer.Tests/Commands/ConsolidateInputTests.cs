using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// <c>rmrk consolidate</c> reads every layout <c>rmrk sync</c> reads, whatever <c>--spec</c>: the sample dump written as
/// NDJSON (one element a line, LF or CRLF, behind a byte-order mark, gzip-compressed) gives the same state as the
/// array; and a fixture object behind a byte-order mark reads as it does without one.
/// </summary>
public sealed class ConsolidateInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("\n", false, false)]
    [InlineData("\r\n", false, false)]
    [InlineData("\n", true, false)]
    [InlineData("\n", false, true)]
    public async Task Ndjson_gives_the_state_of_the_array(string newLine, bool byteOrderMark, bool gzip)
    {
        string path = _folder.File("sample.ndjson");
        using (var dump = JsonDocument.Parse(await File.ReadAllBytesAsync(TestPaths.SampleDump, TestContext.Current.CancellationToken)))
        {
            var lines = string.Concat(dump.RootElement.EnumerateArray().Select(block => block.GetRawText() + newLine));
            await WriteAsync(path, (byteOrderMark ? "\uFEFF" : string.Empty) + lines, gzip);
        }

        var (exitCode, output, errors) = await RmrkCli.Run("consolidate", path);

        exitCode.ShouldBe(0, errors);
        output.ShouldBe((await RmrkCli.Run("consolidate", TestPaths.SampleDump)).Output);
    }

    [Theory]
    [InlineData("1.0.0", false)]
    [InlineData("1.0.0", true)]
    [InlineData("both", false)]
    [InlineData("both", true)]
    public async Task Every_spec_reads_gzip_and_ndjson(string spec, bool ndjson)
    {
        string path = _folder.File("sample.gz");
        string text = await File.ReadAllTextAsync(TestPaths.SampleDump, TestContext.Current.CancellationToken);
        if (ndjson)
        {
            using var dump = JsonDocument.Parse(text);
            text = string.Concat(dump.RootElement.EnumerateArray().Select(block => block.GetRawText() + "\n"));
        }

        await WriteAsync(path, text, gzip: true);

        var (exitCode, output, errors) = await RmrkCli.Run("consolidate", path, "--spec", spec);

        exitCode.ShouldBe(0, errors);
        output.ShouldBe((await RmrkCli.Run("consolidate", TestPaths.SampleDump, "--spec", spec)).Output);
    }

    [Fact]
    public async Task A_fixture_object_behind_a_byte_order_mark_reads_as_without_one()
    {
        string fixture = Directory.GetFiles(TestPaths.RmrkFixtures, "*.json").Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        string withMark = _folder.File("fixture.json");
        await WriteAsync(withMark, "\uFEFF" + await File.ReadAllTextAsync(fixture, TestContext.Current.CancellationToken), gzip: false);

        var (exitCode, output, errors) = await RmrkCli.Run("consolidate", withMark);

        exitCode.ShouldBe(0, errors);
        output.ShouldBe((await RmrkCli.Run("consolidate", fixture)).Output);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"remarks\":[]}", false)]
    [InlineData("{\"options\":{\"ss58Format\":2},\"blocks\":[]}", false)]
    [InlineData("[{\"block\":1,\"calls\":[]}]", false)]
    [InlineData("{\"block\":1,\"calls\":[]}\n{\"block\":2,\"calls\":[]}", true)]
    [InlineData("\uFEFF{\"block\":1,\"calls\":[]}", true)]
    [InlineData("{\"caller\":\"x\",\"block\":1,\"remark\":\"RMRK::\"}", true)]
    [InlineData("{\"remarks\":[", false)]
    public void Ndjson_is_told_from_one_document_by_its_first_keys(string json, bool ndjson)
    {
        ConsolidationInputReader.IsNdjson(Encoding.UTF8.GetBytes(json)).ShouldBe(ndjson);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task WriteAsync(string path, string text, bool gzip)
    {
        await using var file = File.Create(path);
        await using Stream target = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
        await target.WriteAsync(Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken);
    }
}
