using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rmrk.Api.Contracts;

/// <summary>
/// A JSON value served as it is stored (an NFT's properties, canonical JSON written by the indexer). Not parsed into
/// a document: the serializer's depth limit (64) made a 500 of every response that held an NFT whose properties
/// nest deeper, and anyone can mint such an NFT and send it to anyone's account.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public readonly record struct RawJson(string Text);

/// <summary>Writes the text as it is, once a reader without a depth limit has found it to be one JSON value.</summary>
public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    private static readonly JsonReaderOptions s_anyDepth = new() { MaxDepth = int.MaxValue };

    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var value = JsonDocument.ParseValue(ref reader);
        return new RawJson(value.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options)
    {
        // Encoded once: the check reads the bytes the writer then copies.
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(value.Text);
        CheckIsOneValue(utf8);
        writer.WriteRawValue(utf8, skipInputValidation: true);
    }

    private static void CheckIsOneValue(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, s_anyDepth);
        while (reader.Read())
        {
            reader.Skip();
        }
    }
}
