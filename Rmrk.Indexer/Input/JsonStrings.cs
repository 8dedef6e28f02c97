using System.Buffers;
using System.Text;
using System.Text.Json;
using Rmrk.Core.Js;

namespace Rmrk.Indexer.Input;

/// <summary>
/// JSON strings of an input file, read as the reference reads them: Node decodes the whole file as UTF-8, every
/// invalid sequence becoming U+FFFD, and <c>JSON.parse</c> keeps an escaped lone surrogate (<c>\ud800</c>) as it
/// is. <see cref="Utf8JsonReader.GetString"/> throws on both, so a string it refuses is decoded the reference's way.
/// </summary>
internal static class JsonStrings
{
    /// <param name="offset">Where the reader's text starts in the file, for the error message.</param>
    public static string Read(ref Utf8JsonReader reader, long offset)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Only malformed text gets here; valid strings never pay for this path.
            return AsReference(ref reader, offset);
        }
    }

    private static string AsReference(ref Utf8JsonReader reader, long offset)
    {
        byte[] raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        string text = Encoding.UTF8.GetString(raw);
        if (!reader.ValueIsEscaped)
        {
            return text;
        }

        // The reader has checked the escapes' syntax, so only what JSON.parse accepts reaches this point.
        return JsJson.StringValue($"\"{text}\"")
            ?? throw new InputFormatException($"byte {offset + reader.TokenStartIndex}: a string that JSON.parse refuses");
    }
}
