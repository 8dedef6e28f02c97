using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Tests.Input;

/// <summary>A fixture-object input that cannot be read says where, once, counting from 1.</summary>
public sealed class ConsolidationInputReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    [InlineData("\uFEFF  \n")]
    public void An_empty_file_is_called_empty(string content)
    {
        string path = Write(content);

        Should.Throw<InputFormatException>(() => ConsolidationInputReader.ReadFile(path)).Message.ShouldBe($"{path}: the file is empty");
    }

    [Fact]
    public void Malformed_JSON_is_placed_by_line_and_byte_without_a_second_count_from_zero()
    {
        string path = Write("{\n  \"name\": x}");

        Should.Throw<InputFormatException>(() => ConsolidationInputReader.ReadFile(path)).Message
            .ShouldBe($"{path}: line 2, byte 11 of the line: 'x' is an invalid start of a value.");
    }

    [Theory]
    [InlineData(46)]
    [InlineData(16384)]
    [InlineData(-1)]
    public void A_fixture_ss58_format_the_reference_cannot_encode_to_is_refused_where_the_file_names_it(int format)
    {
        string path = Write($"{{\"options\":{{\"ss58Format\":{format}}},\"remarks\":[]}}");

        Should.Throw<InputFormatException>(() => ConsolidationInputReader.ReadFile(path)).Message
            .ShouldBe($"{path}: byte 25: options.ss58Format must be an SS58 prefix from 0 to 16383 other than the reserved 46 and 47, not {format}");
    }

    [Theory]
    [InlineData("\"2\"")]
    [InlineData("true")]
    [InlineData("1e300")]
    [InlineData("2.5")]
    public void A_fixture_ss58_format_that_is_no_integer_is_refused_where_the_file_names_it(string format)
    {
        string path = Write($"{{\"options\":{{\"ss58Format\":{format}}},\"remarks\":[]}}");

        Should.Throw<InputFormatException>(() => ConsolidationInputReader.ReadFile(path)).Message
            .ShouldBe($"{path}: byte 25: options.ss58Format must be an integer, not {format}");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("0")]
    [InlineData("16383")]
    public void A_fixture_ss58_format_that_encodes_or_is_falsy_is_read(string format)
    {
        string path = Write($"{{\"options\":{{\"ss58Format\":{format}}},\"remarks\":[]}}");

        ConsolidationInputReader.ReadFile(path).Options.HasSs58Format.ShouldBeTrue();
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string content)
    {
        string path = _folder.File("input.json");
        File.WriteAllText(path, content);
        return path;
    }
}
