using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Indexer.Input;
using Rmrk.Indexer.Text;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>Parses one complete element object (the reader has already found where it ends).</summary>
internal static class DumpElementParser
{
    private static readonly (byte[] Utf8, Property Property)[] Properties =
    [
        ("value"u8.ToArray(), Property.Value),
        ("caller"u8.ToArray(), Property.Caller),
        ("call"u8.ToArray(), Property.Call),
        ("extras"u8.ToArray(), Property.Extras),
        ("block"u8.ToArray(), Property.Block),
        ("calls"u8.ToArray(), Property.Calls),
        ("hash"u8.ToArray(), Property.Hash),
        ("interaction_type"u8.ToArray(), Property.InteractionType),
        ("version"u8.ToArray(), Property.Version),
        ("remark"u8.ToArray(), Property.Remark),
        ("extra_ex"u8.ToArray(), Property.ExtraEx),
    ];

    private enum Property
    {
        Other,
        Value,
        Caller,
        Call,
        Extras,
        Block,
        Calls,
        Hash,
        InteractionType,
        Version,
        Remark,
        ExtraEx,
    }

    public static DumpElement Parse(ReadOnlySpan<byte> json, long offset, CallExtraction? extraction = null)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        reader.Read();
        long block = -1;
        string? hash = null, caller = null, type = null, version = null, text = null;
        List<Extra>? extras = null;
        List<BlockCall>? calls = null;
        ExtractedCalls? extracted = null;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case Property.Block: block = ReadBlockNumber(ref reader, offset); break;
                case Property.Hash: hash = reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, offset); break;
                case Property.Calls when extraction is not null && block >= 0: extracted = ExtractCalls(ref reader, offset, block, extraction); break;
                case Property.Calls: calls = ReadCalls(ref reader, offset); break;
                case Property.Caller: caller = ReadSharedString(ref reader, offset); break;
                case Property.InteractionType: type = ReadSharedString(ref reader, offset); break;
                case Property.Version: version = ReadSharedString(ref reader, offset); break;
                case Property.Remark: text = ReadString(ref reader, offset); break;
                case Property.ExtraEx: extras = ReadExtras(ref reader, offset); break;
                default: reader.Skip(); break;
            }
        }

        if (block < 0)
        {
            throw new InputFormatException($"byte {offset}: the element has no 'block' number");
        }

        if (extracted is not null)
        {
            return new DumpElement(offset, block, hash, null, null, extracted);
        }

        if (calls is not null)
        {
            return new DumpElement(offset, block, hash, calls, null);
        }

        if (text is null || type is null)
        {
            throw new InputFormatException($"byte {offset}: block {block}: the element is neither a dump block ({{block, calls}}) nor a Remark");
        }

        return new DumpElement(offset, block, hash, null, new Remark(block, caller ?? string.Empty, type, version ?? string.Empty, text, extras));
    }

    /// <summary>Moves to the next property's value; false at the end of the object.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader, out Property name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = Property.Other;
            return false;
        }

        name = PropertyOf(ref reader);
        reader.Read();
        return true;
    }

    /// <summary>
    /// The property named by the current token, compared on its UTF-8 bytes (escapes included): a million-remark
    /// dump has millions of property names, and making each a string only to compare it allocated them all.
    /// The call's own names come first, as they are the most frequent.
    /// </summary>
    private static Property PropertyOf(ref Utf8JsonReader reader)
    {
        foreach (var (utf8, property) in Properties)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return property;
            }
        }

        return Property.Other;
    }

    private static List<BlockCall> ReadCalls(ref Utf8JsonReader reader, long offset)
    {
        Expect(ref reader, JsonTokenType.StartArray, "'calls' must be an array", offset);
        var calls = new List<BlockCall>();
        char[] text = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var c = ReadCall(ref reader, offset, ref text, decode: true);
                calls.Add(c.TextLength < 0
                    ? new BlockCall(c.Call, c.Value, c.Caller, c.Extras)
                    : BlockCall.FromText(c.Call, new string(text, 0, c.TextLength), c.Caller, c.Extras));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }

        return calls;
    }

    /// <summary>
    /// A block's calls read into remarks at once: each remark's hex is decoded into one reused buffer, and only
    /// the text the remark keeps becomes a string, or none at all when the extraction parses (then each remark's
    /// parse is kept beside it). Rows that do not decode exactly take the general path.
    /// </summary>
    private static ExtractedCalls ExtractCalls(ref Utf8JsonReader reader, long offset, long block, CallExtraction extraction)
    {
        Expect(ref reader, JsonTokenType.StartArray, "'calls' must be an array", offset);
        bool skip = block <= extraction.SkipThrough;
        List<Remark>? remarks = skip ? null : [];
        List<ParsedRemark>? parsed = skip || extraction.Parser is null ? null : [];
        int count = 0;
        string? error = null;
        char[] text = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                // A call not extracted (a block already committed, or one past a bad caller) is still read whole,
                // so that a malformed call stops the sync with the same error wherever it is.
                bool extract = !skip && error is null;
                var c = ReadCall(ref reader, offset, ref text, decode: extract);
                count++;
                if (!extract)
                {
                    continue;
                }

                try
                {
                    var remark = Extract(block, c, text, extraction, out var parse);
                    if (remark is not null)
                    {
                        remarks!.Add(remark);
                        parsed?.Add(parse);
                    }
                }
                catch (FormatException e)
                {
                    // The reference aborts the whole conversion on an undecodable caller; so do we, at this block.
                    error = $"byte {offset}: {e.Message}";
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }

        return new ExtractedCalls(count, remarks ?? [], error, parsed);
    }

    /// <summary>One call's remark, parsed when the extraction has a parser; null when the row is no remark.</summary>
    private static Remark? Extract(long block, in CallFields c, char[] text, CallExtraction extraction, out ParsedRemark parsed)
    {
        parsed = default;
        var extractor = extraction.Extractor;
        if (c.TextLength >= 0)
        {
            if (!string.Equals(c.Call, "system.remark", StringComparison.Ordinal))
            {
                return null;
            }

            var decoded = text.AsSpan(0, c.TextLength);
            return extraction.Parser is { } parser
                ? extractor.ExtractParsed(block, decoded, c.Caller, c.Extras, parser, out parsed)
                : extractor.ExtractText(block, decoded, c.Caller, c.Extras);
        }

        // The general path keeps the text, so its remark is parsed from it.
        var remark = extractor.Extract(block, new BlockCall(c.Call, c.Value, c.Caller, c.Extras));
        if (remark is not null && extraction.Parser is not null)
        {
            parsed = extraction.Parser.Parse(remark);
        }

        return remark;
    }

    /// <summary>
    /// One call object. Its value, when <paramref name="decode"/> is set and it is hex that its text gives back
    /// exactly (nearly every remark), is decoded into <paramref name="text"/> (<see cref="CallFields.TextLength"/>
    /// its length); otherwise it is kept as written (TextLength -1), or, not decoding, only checked to be a string.
    /// </summary>
    private static CallFields ReadCall(ref Utf8JsonReader reader, long offset, ref char[] text, bool decode)
    {
        Expect(ref reader, JsonTokenType.StartObject, "each call must be an object", offset);
        string call = string.Empty, value = string.Empty, caller = string.Empty;
        int textLength = -1;
        List<Extra>? extras = null;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case Property.Call: call = ReadSharedString(ref reader, offset); break;
                case Property.Value when decode: value = ReadHexValue(ref reader, offset, ref text, out textLength); break;
                case Property.Value: Expect(ref reader, JsonTokenType.String, "expected a string", offset); break;
                case Property.Caller: caller = ReadSharedString(ref reader, offset); break;
                case Property.Extras: extras = ReadExtras(ref reader, offset); break;
                default: reader.Skip(); break;
            }
        }

        return new CallFields(call, value, caller, extras, textLength);
    }

    /// <summary>
    /// A call's value decoded into <paramref name="text"/> (grown when too short) when it is hex that its text gives
    /// back exactly; otherwise the string as written, and <paramref name="length"/> -1.
    /// </summary>
    private static string ReadHexValue(ref Utf8JsonReader reader, long offset, ref char[] text, out int length)
    {
        Expect(ref reader, JsonTokenType.String, "expected a string", offset);
        length = -1;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var hex = reader.ValueSpan;
            if (text.Length < hex.Length / 2)
            {
                ArrayPool<char>.Shared.Return(text);
                text = ArrayPool<char>.Shared.Rent(hex.Length / 2);
            }

            length = JsText.HexToCharsExact(hex, text);
            if (length >= 0)
            {
                return string.Empty;
            }
        }

        return JsonStrings.Read(ref reader, offset);
    }

    private static List<Extra>? ReadExtras(ref Utf8JsonReader reader, long offset)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "extras must be an array", offset);
        var extras = new List<Extra>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject, "each extra must be an object", offset);
            string call = string.Empty, value = string.Empty, caller = string.Empty;
            while (NextProperty(ref reader, out var name))
            {
                switch (name)
                {
                    case Property.Call: call = ReadSharedString(ref reader, offset); break;
                    case Property.Value: value = ReadString(ref reader, offset); break;
                    case Property.Caller: caller = ReadSharedString(ref reader, offset); break;
                    default: reader.Skip(); break;
                }
            }

            extras.Add(new Extra(call, value, caller));
        }

        return extras;
    }

    private static string ReadString(ref Utf8JsonReader reader, long offset)
    {
        Expect(ref reader, JsonTokenType.String, "expected a string", offset);
        return JsonStrings.Read(ref reader, offset);
    }

    /// <summary>A string that repeats across elements (caller, call name, op name, version): one instance per text.</summary>
    private static string ReadSharedString(ref Utf8JsonReader reader, long offset)
    {
        Expect(ref reader, JsonTokenType.String, "expected a string", offset);
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > SharedStrings.MaxLength || !Utf8.IsValid(reader.ValueSpan))
        {
            return JsonStrings.Read(ref reader, offset);
        }

        return SharedStrings.Current.Share(reader.ValueSpan);
    }

    private static long ReadBlockNumber(ref Utf8JsonReader reader, long offset)
    {
        Expect(ref reader, JsonTokenType.Number, "'block' must be a number", offset);
        if (reader.TryGetInt64(out long value) && value >= 0)
        {
            return value;
        }

        throw new InputFormatException($"byte {offset + reader.TokenStartIndex}: 'block' must be a non-negative integer");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string message, long offset)
    {
        if (reader.TokenType != type)
        {
            throw new InputFormatException($"byte {offset + reader.TokenStartIndex}: {message}");
        }
    }

    /// <summary>A call's properties as read; its text, when decoded, is in the reader's buffer (<see cref="TextLength"/> -1 when not).</summary>
    private readonly record struct CallFields(string Call, string Value, string Caller, List<Extra>? Extras, int TextLength);
}
