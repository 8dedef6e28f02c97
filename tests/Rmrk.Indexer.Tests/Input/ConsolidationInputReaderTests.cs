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

    public void Dispose() => _folder.Dispose();

    private string Write(string content)
    {
        string path = _folder.File("input.json");
        File.WriteAllText(path, content);
        return path;
    }
}
