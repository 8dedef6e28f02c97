using System.Text.Json;
using System.Text.Unicode;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>Parses one complete element object (the reader has already found where it ends).</summary>
internal static class DumpElementParser
{
    public static DumpElement Parse(ReadOnlySpan<byte> json, long offset)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        reader.Read();
        long block = -1;
        string? hash = null, caller = null, type = null, version = null, text = null;
        List<Extra>? extras = null;
        List<BlockCall>? calls = null;
        while (NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "block": block = ReadBlockNumber(ref reader, offset); break;
                case "hash": hash = reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, offset); break;
                case "calls": calls = ReadCalls(ref reader, offset); break;
                case "caller": caller = ReadSharedString(ref reader, offset); break;
                case "interaction_type": type = ReadSharedString(ref reader, offset); break;
                case "version": version = ReadSharedString(ref reader, offset); break;
                case "remark": text = ReadString(ref reader, offset); break;
                case "extra_ex": extras = ReadExtras(ref reader, offset); break;
                default: reader.Skip(); break;
            }
        }

        if (block < 0)
        {
            throw new InputFormatException($"byte {offset}: the element has no 'block' number");
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

    private static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    private static List<BlockCall> ReadCalls(ref Utf8JsonReader reader, long offset)
    {
        Expect(ref reader, JsonTokenType.StartArray, "'calls' must be an array", offset);
        var calls = new List<BlockCall>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject, "each call must be an object", offset);
            string call = string.Empty, value = string.Empty, caller = string.Empty;
            string? text = null;
            List<Extra>? extras = null;
            while (NextProperty(ref reader, out string name))
            {
                switch (name)
                {
                    case "call": call = ReadString(ref reader, offset); break;
                    case "value": value = ReadHexValue(ref reader, offset, out text); break;
                    case "caller": caller = ReadSharedString(ref reader, offset); break;
                    case "extras": extras = ReadExtras(ref reader, offset); break;
                    default: reader.Skip(); break;
                }
            }

            calls.Add(text is null ? new BlockCall(call, value, caller, extras) : BlockCall.FromText(call, text, caller, extras));
        }

        return calls;
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
            while (NextProperty(ref reader, out string name))
            {
                switch (name)
                {
                    case "call": call = ReadString(ref reader, offset); break;
                    case "value": value = ReadString(ref reader, offset); break;
                    case "caller": caller = ReadSharedString(ref reader, offset); break;
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
        return reader.GetString()!;
    }

    /// <summary>
    /// A call's value: decoded straight from the UTF-8 bytes into <paramref name="text"/> when it is hex that its
    /// text gives back exactly (nearly every remark); otherwise the string as written, and <paramref name="text"/> null.
    /// </summary>
    private static string ReadHexValue(ref Utf8JsonReader reader, long offset, out string? text)
    {
        Expect(ref reader, JsonTokenType.String, "expected a string", offset);
        text = null;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && JsText.TryHexToStringExact(reader.ValueSpan, out text))
        {
            return string.Empty;
        }

        return reader.GetString()!;
    }

    /// <summary>A string that repeats across elements (caller, op name, version): one instance per text.</summary>
    private static string ReadSharedString(ref Utf8JsonReader reader, long offset)
    {
        Expect(ref reader, JsonTokenType.String, "expected a string", offset);
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > SharedStrings.MaxLength || !Utf8.IsValid(reader.ValueSpan))
        {
            return reader.GetString()!;
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
}
