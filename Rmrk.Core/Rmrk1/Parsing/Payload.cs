using Rmrk.Core.Js;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk1.Parsing;

/// <summary>
/// The JSON payload of MINT and MINTNFT (field 4): <c>JSON.parse(decodeURIComponent(field))</c>, the
/// "metadata or data" check and the superstruct field checks both ops share, with the reference's texts.
/// </summary>
internal static class Payload
{
    public static bool TryRead(string text, out JsObject payload, out string error)
    {
        payload = null!;
        string field = RemarkFields.Split(text)[3] ?? "undefined";
        if (!JsUri.TryDecodeUriComponent(field, out string json))
        {
            error = "URI malformed";
            return false;
        }

        if (!JsJson.TryParse(json, out JsValue? value))
        {
            error = JsonParseMessage(json);
            return false;
        }

        if (value is JsNull)
        {
            error = "Cannot read properties of null (reading 'metadata')";
            return false;
        }

        if (!IsTruthy(Get(value, "metadata")) && !IsTruthy(Get(value, "data")))
        {
            error = "NFT is missing metadata";
            return false;
        }

        // Only an object can carry metadata or data here, so the type() validator itself cannot fail.
        payload = (JsObject)value;
        error = string.Empty;
        return true;
    }

    public static JsValue? Get(JsValue value, string key) =>
        value is JsObject o && o.TryGet(key, out JsValue v) ? v : null;

    private static bool IsTruthy(JsValue? value) => value is not null && value.IsTruthy;

    public static bool TryString(JsObject o, string key, out string result, ref string error)
    {
        if (Get(o, key) is JsString s)
        {
            result = s.Value;
            return true;
        }

        result = string.Empty;
        error = StructMessages.AtPath(key, StructMessages.ExpectedString(Get(o, key)));
        return false;
    }

    public static bool TryNumber(JsObject o, string key, out double result, ref string error)
    {
        if (Get(o, key) is JsNumber n && !double.IsNaN(n.Value))
        {
            result = n.Value;
            return true;
        }

        result = 0;
        error = StructMessages.AtPath(key, StructMessages.ExpectedNumber(Get(o, key)));
        return false;
    }

    /// <summary><c>metadata?</c>: a string matching <c>^(https?|ipfs)://.*$</c> (JS <c>.</c> stops at line terminators).</summary>
    public static bool TryMetadata(JsObject o, out string? result, ref string error)
    {
        result = null;
        JsValue? value = Get(o, "metadata");
        if (value is null)
        {
            return true;
        }

        if (value is not JsString s)
        {
            error = StructMessages.AtPath("metadata", StructMessages.ExpectedString(value));
            return false;
        }

        if (!MatchesMetadataPattern(s.Value))
        {
            error = StructMessages.AtPath("metadata", StructMessages.ExpectedMetadataPattern(s.Value));
            return false;
        }

        result = s.Value;
        return true;
    }

    /// <summary><c>data?</c>: an object with exactly <c>{protocol: string, data: any, type: string}</c>.</summary>
    public static bool TryData(JsObject o, out JsValue? result, ref string error)
    {
        result = Get(o, "data");
        if (result is null)
        {
            return true;
        }

        if (result is not (JsObject or JsArray))
        {
            error = StructMessages.AtPath("data", StructMessages.ExpectedObject(result));
            return false;
        }

        if (Get(result, "protocol") is not JsString)
        {
            error = StructMessages.AtPath("data.protocol", StructMessages.ExpectedString(Get(result, "protocol")));
            return false;
        }

        if (Get(result, "type") is not JsString)
        {
            error = StructMessages.AtPath("data.type", StructMessages.ExpectedString(Get(result, "type")));
            return false;
        }

        if (result is JsObject data)
        {
            foreach (KeyValuePair<string, JsValue> entry in data.Entries)
            {
                if (entry.Key is not ("protocol" or "data" or "type"))
                {
                    error = StructMessages.AtPath("data." + entry.Key, StructMessages.ExpectedNever(entry.Value));
                    return false;
                }
            }
        }

        return true;
    }

    private static bool MatchesMetadataPattern(string s)
    {
        int rest;
        if (s.StartsWith("http://", StringComparison.Ordinal) || s.StartsWith("ipfs://", StringComparison.Ordinal))
        {
            rest = 7;
        }
        else if (s.StartsWith("https://", StringComparison.Ordinal))
        {
            rest = 8;
        }
        else
        {
            return false;
        }

        for (int i = rest; i < s.Length; i++)
        {
            if (s[i] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>V8 (Node 20) <c>JSON.parse</c> messages for the common cases; engine-specific beyond those.</summary>
    private static string JsonParseMessage(string json)
    {
        if (json.Length == 0)
        {
            return "Unexpected end of JSON input";
        }

        if (string.Equals(json, "undefined", StringComparison.Ordinal))
        {
            return "\"undefined\" is not valid JSON";
        }

        return "Unexpected token in JSON";
    }
}
