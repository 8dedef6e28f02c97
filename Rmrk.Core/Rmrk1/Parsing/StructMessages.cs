using System.Text;
using Rmrk.Core.Js;
using Rmrk.Core.Rmrk1.Interim;

namespace Rmrk.Core.Rmrk1.Parsing;

/// <summary>
/// superstruct 0.14.2 failure texts as the 1.0 validators produce them. A value of <c>null</c> here is
/// JavaScript <c>undefined</c>; <c>print</c> is <c>JSON.stringify</c> for strings and <c>String(v)</c> otherwise.
/// </summary>
internal static class StructMessages
{
    public const string MetadataPattern = "^(https?|ipfs):\\/\\/.*$";

    public static string AtPath(string path, string message) => $"At path: {path} -- {message}";

    public static string ExpectedString(JsValue? value) => "Expected a string, but received: " + Print(value);

    public static string ExpectedString(string? value) =>
        "Expected a string, but received: " + (value is null ? "undefined" : InterimJs.JsonString(value));

    public static string ExpectedNumber(JsValue? value) => "Expected a number, but received: " + Print(value);

    public static string ExpectedObject(JsValue? value) => "Expected an object, but received: " + Print(value);

    public static string ExpectedNever(JsValue? value) => "Expected a value of type `never`, but received: `" + Print(value) + "`";

    public static string ExpectedBigInt(string? value) =>
        "Expected a value of type `BigInt`, but received: `" + (value is null ? "undefined" : InterimJs.JsonString(value)) + "`";

    public static string ExpectedMetadataPattern(string value) =>
        $"Expected a string matching `/{MetadataPattern}/` but received \"{value}\"";

    public static string Print(JsValue? value) => value is JsString s ? InterimJs.JsonString(s.Value) : ToJsString(value);

    /// <summary>JavaScript <c>String(v)</c> for JSON values (undefined included).</summary>
    public static string ToJsString(JsValue? value)
    {
        switch (value)
        {
            case null:
                return "undefined";
            case JsNull:
                return "null";
            case JsBool b:
                return b.Value ? "true" : "false";
            case JsNumber n:
                return InterimJs.FormatNumber(n.Value);
            case JsString s:
                return s.Value;
            case JsArray a:
                var sb = new StringBuilder();
                AppendArray(sb, a);
                return sb.ToString();
            default:
                return "[object Object]";
        }
    }

    private static void AppendArray(StringBuilder sb, JsArray array)
    {
        for (int i = 0; i < array.Items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            JsValue item = array.Items[i];
            if (item is JsArray inner)
            {
                AppendArray(sb, inner);
            }
            else if (item is not JsNull)
            {
                sb.Append(ToJsString(item));
            }
        }
    }
}
