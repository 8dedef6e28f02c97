using System.Text;
using System.Text.Json;

namespace Rmrk.Conformance.Tests;

/// <summary>
/// Describes where two canonical JSON documents first differ: the JSON path (keys in document order, so a key
/// order difference is reported too) and the byte offset with some context on both sides.
/// </summary>
public static class JsonDifference
{
    private const int Context = 120;

    public static string Describe(byte[] expected, byte[] actual)
    {
        int offset = FirstDifferentByte(expected, actual);
        var text = new StringBuilder();
        text.Append("first differing byte: ").Append(offset)
            .Append(" (expected ").Append(expected.Length).Append(" bytes, actual ").Append(actual.Length).Append(" bytes)\n");
        text.Append("path: ").Append(FirstDifferentPath(expected, actual)).Append('\n');
        text.Append("expected: …").Append(Around(expected, offset)).Append("…\n");
        text.Append("actual:   …").Append(Around(actual, offset)).Append('…');
        return text.ToString();
    }

    public static int FirstDifferentByte(byte[] expected, byte[] actual)
    {
        int common = Math.Min(expected.Length, actual.Length);
        for (int i = 0; i < common; i++)
        {
            if (expected[i] != actual[i])
            {
                return i;
            }
        }

        return common;
    }

    public static string FirstDifferentPath(byte[] expected, byte[] actual)
    {
        var options = new JsonDocumentOptions { MaxDepth = 4096 };
        JsonDocument e;
        JsonDocument a;
        try
        {
            e = JsonDocument.Parse(expected, options);
        }
        catch (JsonException ex)
        {
            return $"(the reference output does not parse: {ex.Message})";
        }

        try
        {
            a = JsonDocument.Parse(actual, options);
        }
        catch (JsonException ex)
        {
            e.Dispose();
            return $"(our output does not parse: {ex.Message})";
        }

        using (e)
        using (a)
        {
            return Walk("$", e.RootElement, a.RootElement) ?? "(no difference in the parsed documents; whitespace or encoding differs)";
        }
    }

    private static string? Walk(string path, JsonElement e, JsonElement a)
    {
        if (e.ValueKind != a.ValueKind)
        {
            return $"{path}: expected {Leaf(e)}, actual {Leaf(a)}";
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
            {
                using var ei = e.EnumerateObject();
                using var ai = a.EnumerateObject();
                while (true)
                {
                    bool eMore = ei.MoveNext();
                    bool aMore = ai.MoveNext();
                    if (!eMore && !aMore)
                    {
                        return null;
                    }

                    if (!eMore)
                    {
                        return $"{path}: unexpected key {JsonSerializer.Serialize(ai.Current.Name)}";
                    }

                    if (!aMore)
                    {
                        return $"{path}: missing key {JsonSerializer.Serialize(ei.Current.Name)}";
                    }

                    if (!string.Equals(ei.Current.Name, ai.Current.Name, StringComparison.Ordinal))
                    {
                        return $"{path}: expected key {JsonSerializer.Serialize(ei.Current.Name)}, actual key {JsonSerializer.Serialize(ai.Current.Name)}";
                    }

                    string? inner = Walk($"{path}[{JsonSerializer.Serialize(ei.Current.Name)}]", ei.Current.Value, ai.Current.Value);
                    if (inner is not null)
                    {
                        return inner;
                    }
                }
            }

            case JsonValueKind.Array:
            {
                int el = e.GetArrayLength();
                int al = a.GetArrayLength();
                for (int i = 0; i < Math.Min(el, al); i++)
                {
                    string? inner = Walk($"{path}[{i}]", e[i], a[i]);
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return el == al ? null : $"{path}: expected {el} items, actual {al}";
            }

            default:
                return string.Equals(e.GetRawText(), a.GetRawText(), StringComparison.Ordinal)
                    ? null
                    : $"{path}: expected {Leaf(e)}, actual {Leaf(a)}";
        }
    }

    private static string Leaf(JsonElement value)
    {
        string raw = value.GetRawText();
        return raw.Length > 300 ? raw[..300] + "…" : raw;
    }

    private static string Around(byte[] bytes, int offset)
    {
        int from = Math.Max(0, offset - Context);
        int to = Math.Min(bytes.Length, offset + Context);
        return Encoding.UTF8.GetString(bytes, from, to - from);
    }
}
