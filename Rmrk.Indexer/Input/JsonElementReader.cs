using System.Text.Json;
using Rmrk.Core.Remarks;

namespace Rmrk.Indexer.Input;

/// <summary>Reads one <c>Remark</c> or one dump <c>Block</c> object, whichever the keys say it is.</summary>
internal static class JsonElementReader
{
    public readonly record struct RemarkOrBlock(Remark? Remark, Block? Block);

    public static RemarkOrBlock ReadRemarkOrBlock(ref Utf8JsonReader reader)
    {
        long start = reader.TokenStartIndex;
        long block = 0;
        string? caller = null, type = null, version = null, text = null;
        List<Extra>? extras = null;
        List<BlockCall>? calls = null;
        while (ConsolidationInputReader.NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "block": block = ReadLong(ref reader); break;
                case "caller": caller = ReadString(ref reader); break;
                case "interaction_type": type = ReadString(ref reader); break;
                case "version": version = ReadString(ref reader); break;
                case "remark": text = ReadString(ref reader); break;
                case "extra_ex": extras = ReadExtras(ref reader); break;
                case "calls": calls = ReadCalls(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        if (calls is not null)
        {
            return new RemarkOrBlock(null, new Block(block, calls));
        }

        if (text is null || type is null)
        {
            throw new InputFormatException($"byte {start}: an element is neither a Remark ({{block, caller, interaction_type, version, remark}}) nor a Block ({{block, calls}})");
        }

        return new RemarkOrBlock(new Remark(block, caller ?? string.Empty, type, version ?? string.Empty, text, extras), null);
    }

    private static List<BlockCall> ReadCalls(ref Utf8JsonReader reader)
    {
        ConsolidationInputReader.Expect(ref reader, JsonTokenType.StartArray, "'calls' must be an array");
        var calls = new List<BlockCall>();
        while (true)
        {
            ConsolidationInputReader.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return calls;
            }

            ConsolidationInputReader.Expect(ref reader, JsonTokenType.StartObject, "each call must be an object");
            string call = string.Empty, value = string.Empty, caller = string.Empty;
            List<Extra>? extras = null;
            while (ConsolidationInputReader.NextProperty(ref reader, out string name))
            {
                switch (name)
                {
                    case "call": call = ReadString(ref reader); break;
                    case "value": value = ReadString(ref reader); break;
                    case "caller": caller = ReadString(ref reader); break;
                    case "extras": extras = ReadExtras(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            calls.Add(new BlockCall(call, value, caller, extras));
        }
    }

    private static List<Extra>? ReadExtras(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ConsolidationInputReader.Expect(ref reader, JsonTokenType.StartArray, "extras must be an array");
        var extras = new List<Extra>();
        while (true)
        {
            ConsolidationInputReader.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return extras;
            }

            ConsolidationInputReader.Expect(ref reader, JsonTokenType.StartObject, "each extra must be an object");
            string call = string.Empty, value = string.Empty, caller = string.Empty;
            while (ConsolidationInputReader.NextProperty(ref reader, out string name))
            {
                switch (name)
                {
                    case "call": call = ReadString(ref reader); break;
                    case "value": value = ReadString(ref reader); break;
                    case "caller": caller = ReadString(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            extras.Add(new Extra(call, value, caller));
        }
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        ConsolidationInputReader.Expect(ref reader, JsonTokenType.String, "expected a string");
        return reader.GetString()!;
    }

    private static long ReadLong(ref Utf8JsonReader reader)
    {
        ConsolidationInputReader.Expect(ref reader, JsonTokenType.Number, "'block' must be a number");
        return reader.TryGetInt64(out long value) ? value : (long)reader.GetDouble();
    }
}
