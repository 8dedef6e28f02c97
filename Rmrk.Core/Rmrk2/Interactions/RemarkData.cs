using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// rmrk-tools <c>getRemarkData</c>: <c>decodeURIComponent</c> the field, then <c>JSON.parse</c> it; text
/// that is not JSON is returned as the string itself. A missing field reads as the text "undefined".
/// </summary>
public static class RemarkData
{
    public const string UriMalformed = "URI malformed";

    /// <summary>Null on success; "URI malformed" when the escapes do not decode.</summary>
    public static string? TryGet(string? field, out JsValue value)
    {
        if (!JsUri.TryDecodeUriComponent(field ?? "undefined", out string decoded))
        {
            value = JsNull.Instance;
            return UriMalformed;
        }

        value = JsJson.TryParse(decoded, out var parsed) ? parsed : new JsString(decoded);
        return null;
    }
}
