using System.Text.Json;
using Rmrk.Core.Addresses;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk1.Input;

/// <summary>
/// What <c>consolidate1.mjs</c> accepts: an array of Remark objects, an array of block dumps (run through
/// the 1.0 extractor) or a fixture object <c>{options?, remarks | blocks}</c>. Options: <c>ss58Format</c>
/// (absent → 2, null → 0), <c>emitEmoteChanges</c>, <c>emitInteractionChanges</c>, <c>prefixes</c>.
/// </summary>
public sealed record Rmrk1Input(IReadOnlyList<Remark> Remarks, Rmrk1Options Options)
{
    public static Rmrk1Input Parse(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        JsonElement root = doc.RootElement;
        JsonElement items = root;
        var options = Rmrk1Options.Default;
        IReadOnlyList<string>? prefixes = null;
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("options", out JsonElement o) && o.ValueKind == JsonValueKind.Object)
            {
                options = ReadOptions(o, out prefixes);
            }

            if (!root.TryGetProperty("remarks", out items) && !root.TryGetProperty("blocks", out items))
            {
                throw new FormatException("fixture object has neither 'remarks' nor 'blocks'");
            }
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("input must be an array of remarks or blocks");
        }

        if (items.GetArrayLength() == 0)
        {
            return new Rmrk1Input([], options);
        }

        bool blocks = items[0].ValueKind == JsonValueKind.Object && items[0].TryGetProperty("calls", out _);
        if (!blocks)
        {
            var remarks = new List<Remark>();
            int index = 0;
            foreach (JsonElement r in items.EnumerateArray())
            {
                string where = $"element {index++}";
                remarks.Add(new Remark(
                    BlockNumber(Object(r, where), where),
                    String(r, "caller"),
                    String(r, "interaction_type"),
                    String(r, "version"),
                    String(r, "remark"),
                    Extras(r, "extra_ex")));
            }

            return new Rmrk1Input(remarks, options);
        }

        var dump = new List<Block>();
        int blockIndex = 0;
        foreach (JsonElement b in items.EnumerateArray())
        {
            string where = $"element {blockIndex++}";
            var calls = new List<BlockCall>();
            foreach (JsonElement c in Array(Object(b, where), "calls", where).EnumerateArray())
            {
                Object(c, $"{where}: a call");
                calls.Add(new BlockCall(String(c, "call"), String(c, "value"), String(c, "caller"), Extras(c, "extras")));
            }

            dump.Add(new Block(BlockNumber(b, where), calls));
        }

        return new Rmrk1Input(RemarkExtractor.Extract(dump, prefixes, out _), options);
    }

    private static Rmrk1Options ReadOptions(JsonElement o, out IReadOnlyList<string>? prefixes)
    {
        int ss58 = 2;
        if (o.TryGetProperty("ss58Format", out JsonElement s))
        {
            if (s.ValueKind != JsonValueKind.Number)
            {
                ss58 = 0;
            }
            else if (!s.TryGetInt32(out ss58))
            {
                throw new FormatException(Ss58.NotAnIntegerError("options.ss58Format", s.GetRawText()));
            }
        }

        prefixes = null;
        if (o.TryGetProperty("prefixes", out JsonElement p) && p.ValueKind == JsonValueKind.Array)
        {
            var list = new List<string>();
            foreach (JsonElement e in p.EnumerateArray())
            {
                list.Add(e.ValueKind == JsonValueKind.String ? Text(e) : string.Empty);
            }

            prefixes = list;
        }

        return new Rmrk1Options(ss58, IsTrue(o, "emitEmoteChanges"), IsTrue(o, "emitInteractionChanges"));
    }

    private static bool IsTrue(JsonElement o, string name) =>
        o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.True;

    private static string String(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? Text(v) : string.Empty;

    /// <summary>
    /// A string as <c>JSON.parse</c> reads it: System.Text.Json refuses an escaped lone surrogate (<c>\ud800</c>),
    /// which JavaScript keeps, so such a string is read from its raw text instead.
    /// </summary>
    private static string Text(JsonElement s)
    {
        try
        {
            return s.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return JsJson.StringValue(s.GetRawText()) ?? throw new FormatException($"a string JSON.parse refuses: {s.GetRawText()}");
        }
    }

    private static JsonElement Object(JsonElement e, string where) =>
        e.ValueKind == JsonValueKind.Object ? e : throw new FormatException($"{where} must be an object");

    private static JsonElement Array(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Array
            ? v
            : throw new FormatException($"{where}: '{name}' must be an array");

    private static long BlockNumber(JsonElement e, string where) =>
        e.TryGetProperty("block", out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long block)
            ? block
            : throw new FormatException($"{where}: 'block' must be an integer");

    private static List<Extra>? Extras(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out JsonElement v) || v.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var extras = new List<Extra>();
        foreach (JsonElement x in v.EnumerateArray())
        {
            Object(x, $"an entry of '{name}'");
            extras.Add(new Extra(String(x, "call"), String(x, "value"), String(x, "caller")));
        }

        return extras;
    }
}
