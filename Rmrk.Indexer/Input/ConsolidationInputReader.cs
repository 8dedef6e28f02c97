using System.Buffers;
using System.Text;
using System.Text.Json;
using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Indexer.Chain.Dump;

namespace Rmrk.Indexer.Input;

/// <summary>
/// Reads a consolidation input file: an array of rmrk-tools <c>Remark</c> objects, an array of dump blocks
/// (<c>{block, calls}</c>, sentinel included), or a fixture object <c>{name, source, options?, remarks | blocks}</c>.
/// Errors name the line and byte position.
/// </summary>
public static class ConsolidationInputReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Input read whole, after its UTF-8 byte-order mark if it has one.</summary>
    internal static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> input) =>
        input.StartsWith(Utf8Bom) ? input[Utf8Bom.Length..] : input;

    public static ConsolidationInput ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputFormatException.CannotRead(path, e);
        }

        return Read(path, bytes);
    }

    /// <summary>An input already read whole; errors name <paramref name="path"/>.</summary>
    public static ConsolidationInput Read(string path, byte[] bytes)
    {
        var content = WithoutByteOrderMark(bytes);

        if (content.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InputFormatException($"{path}: the file is empty");
        }

        try
        {
            return Read(content);
        }
        catch (JsonException e)
        {
            throw new InputFormatException($"{path}: {Describe(e)}", e);
        }
        catch (InputFormatException e)
        {
            throw new InputFormatException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Where and what: "line L, byte B of the line: reason", counted from 1. System.Text.Json ends its messages
    /// with the same place counted from 0, which printed next to ours named two places for one error.
    /// </summary>
    public static string Describe(JsonException e)
    {
        string reason = e.Message;
        int suffix = reason.LastIndexOf(" LineNumber: ", StringComparison.Ordinal);
        return $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line: {(suffix < 0 ? reason : reason[..suffix].TrimEnd(' ', '|'))}";
    }

    /// <summary>
    /// Whether an input is NDJSON (a dump written one element a line) rather than one document (an array or a fixture
    /// object): its first object names a <c>block</c> before anything that names a fixture (<c>remarks</c>,
    /// <c>blocks</c>, <c>name</c>). Malformed JSON counts as one document, whose reading then names the error.
    /// </summary>
    public static bool IsNdjson(ReadOnlySpan<byte> input)
    {
        var reader = new Utf8JsonReader(WithoutByteOrderMark(input), new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("block"u8))
                {
                    return true;
                }

                if (reader.ValueTextEquals("remarks"u8) || reader.ValueTextEquals("blocks"u8) || reader.ValueTextEquals("name"u8))
                {
                    return false;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Left to Read, which names the place.
        }

        return false;
    }

    public static ConsolidationInput Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        Next(ref reader);
        ConsolidationInput input = reader.TokenType switch
        {
            JsonTokenType.StartArray => ReadArray(ref reader, json, new FixtureOptions()),
            JsonTokenType.StartObject => ReadFixture(ref reader, json),
            _ => throw Error(ref reader, "the input must be an array of remarks or blocks, or a fixture object"),
        };
        if (reader.Read())
        {
            throw Error(ref reader, "unexpected content after the document");
        }

        return input;
    }

    private static ConsolidationInput ReadFixture(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var options = new FixtureOptions();
        ConsolidationInput? input = null;
        while (NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "options":
                    options = ReadOptions(ref reader);
                    break;
                case "remarks" or "blocks":
                    Expect(ref reader, JsonTokenType.StartArray, $"'{name}' must be an array");
                    input = ReadArray(ref reader, json, options);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (input is null)
        {
            throw new InputFormatException("the fixture object has neither 'remarks' nor 'blocks'");
        }

        // Options may come after the stream in the file.
        return input with { Options = options };
    }

    private static FixtureOptions ReadOptions(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "'options' must be an object");
        var options = new FixtureOptions();
        while (NextProperty(ref reader, out string name))
        {
            options = name switch
            {
                "ss58Format" => options with
                {
                    HasSs58Format = true,
                    Ss58Format = reader.TokenType == JsonTokenType.Null ? null : ReadSs58Format(ref reader),
                },
                "emitInteractionChanges" => options with { EmitInteractionChanges = reader.TokenType == JsonTokenType.True },
                "emitEmoteChanges" => options with { EmitEmoteChanges = reader.TokenType == JsonTokenType.True },
                _ => Skip(ref reader, options),
            };
        }

        return options;
    }

    private static ConsolidationInput ReadArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, FixtureOptions options)
    {
        var remarks = new List<Remark>();
        var blocks = new List<Block>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            Expect(ref reader, JsonTokenType.StartObject, "each element must be an object");
            int start = (int)reader.TokenStartIndex;
            reader.Skip();
            var element = DumpElementParser.Parse(json[start..(int)reader.BytesConsumed], start);
            if (element.Remark is { } remark)
            {
                remarks.Add(remark);
            }
            else
            {
                blocks.Add(new Block(element.Block, element.Calls!));
            }

            if (remarks.Count > 0 && blocks.Count > 0)
            {
                throw Error(ref reader, "the array mixes Remark objects and Block objects");
            }
        }

        return blocks.Count > 0 ? new ConsolidationInput(null, blocks, options) : new ConsolidationInput(remarks, null, options);
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Error(ref reader, "unexpected end of the input");
        }
    }

    private static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = JsonStrings.Read(ref reader, 0);
        Next(ref reader);
        return true;
    }

    /// <summary>
    /// A prefix the reference cannot encode to makes it throw on the first address; refused here, where the file
    /// names it, instead of after the replay.
    /// </summary>
    private static int ReadSs58Format(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int format))
        {
            string json = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            throw Error(ref reader, Ss58.NotAnIntegerError("options.ss58Format", reader.TokenType == JsonTokenType.String ? $"\"{json}\"" : json));
        }

        return Ss58.FormatError("options.ss58Format", format) is { } error ? throw Error(ref reader, error) : format;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string message)
    {
        if (reader.TokenType != type)
        {
            throw Error(ref reader, message);
        }
    }

    private static InputFormatException Error(ref Utf8JsonReader reader, string message) =>
        new($"byte {reader.TokenStartIndex}: {message}");

    private static FixtureOptions Skip(ref Utf8JsonReader reader, FixtureOptions options)
    {
        reader.Skip();
        return options;
    }
}
