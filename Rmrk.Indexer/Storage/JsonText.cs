using System.Globalization;
using System.Text;
using Rmrk.Core.Js;
using Rmrk.Core.Output;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Indexer.Storage;

/// <summary>
/// JSON text for the <c>*_json</c> columns: user JSON (<see cref="JsValue"/>) is written with
/// <see cref="CanonicalJsonWriter"/> — the bytes the canonical output would hold — and read back with
/// <see cref="JsJson.TryParse(string, out JsValue?)"/>, so a value survives the round trip as the export
/// prints it. One instance reuses its buffers; not thread-safe.
/// </summary>
public sealed class JsonText
{
    private readonly StringBuilder _text = new();
    private readonly CanonicalJsonWriter _writer;

    public JsonText()
    {
        _writer = new CanonicalJsonWriter(new StringWriter(_text, CultureInfo.InvariantCulture));
    }

    public string Write(JsValue value)
    {
        if (value is JsObject { Count: 0 })
        {
            return "{}";
        }

        if (value is JsString s && IsPlain(s.Value))
        {
            return string.Concat("\"", s.Value, "\"");
        }

        _writer.WriteValue(value);
        return Take();
    }

    public string WriteStrings(IReadOnlyList<string> values)
    {
        _writer.WriteStartArray();
        foreach (string value in values)
        {
            _writer.WriteString(value);
        }

        _writer.WriteEndArray();
        return Take();
    }

    /// <summary><c>[{amount?, receiver}]</c>, as the canonical output writes them.</summary>
    public string WriteTransfers(IReadOnlyList<ExtraTransfer> transfers)
    {
        RecordWriter.WriteTransfers(_writer, transfers);
        return Take();
    }

    public static JsValue Read(string json)
    {
        if (json == "{}")
        {
            return new JsObject();
        }

        return JsJson.TryParse(json, out var value)
            ? value
            : throw new InvalidDataException($"the database holds text that is not JSON: {Shorten(json)}");
    }

    /// <summary>
    /// A JSON document that may be kept as text until read (an NFT's properties): null when it is not in the plain
    /// shape, and then <see cref="Read"/> builds it.
    /// </summary>
    public static UnparsedJson? ReadLater(string json)
    {
        var text = UnparsedJson.TryTakePlain(json, mustNotContain: null, out int length);
        return length == json.Length ? text : null;
    }

    public static List<string> ReadStrings(string json)
    {
        var items = Read(json) as JsArray ?? throw new InvalidDataException($"expected a JSON array of strings: {Shorten(json)}");
        var strings = new List<string>(items.Items.Count);
        foreach (var item in items.Items)
        {
            strings.Add(item is JsString s ? s.Value : throw new InvalidDataException($"expected a JSON array of strings: {Shorten(json)}"));
        }

        return strings;
    }

    public static List<ExtraTransfer> ReadTransfers(string json)
    {
        var items = Read(json) as JsArray ?? throw new InvalidDataException($"expected a JSON array of transfers: {Shorten(json)}");
        var transfers = new List<ExtraTransfer>(items.Items.Count);
        foreach (var item in items.Items)
        {
            var o = item as JsObject ?? throw new InvalidDataException($"expected a transfer object: {Shorten(json)}");
            string receiver = (o["receiver"] as JsString)?.Value ?? throw new InvalidDataException($"a transfer without receiver: {Shorten(json)}");
            transfers.Add(new ExtraTransfer(receiver, (o["amount"] as JsString)?.Value));
        }

        return transfers;
    }

    /// <summary>Text JSON.stringify writes between quotes unchanged: no quote, backslash, control or surrogate.</summary>
    private static bool IsPlain(string s)
    {
        foreach (char c in s)
        {
            if (c < ' ' || c == '"' || c == '\\' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private string Take()
    {
        // The writer ends each top-level document with "\n".
        string json = _text.ToString(0, _text.Length - 1);
        _text.Clear();
        return json;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
