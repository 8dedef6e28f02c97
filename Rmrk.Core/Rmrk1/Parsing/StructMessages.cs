using Rmrk.Core.Js;

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
        "Expected a string, but received: " + (value is null ? "undefined" : JsText.JsonQuote(value));

    public static string ExpectedNumber(JsValue? value) => "Expected a number, but received: " + Print(value);

    public static string ExpectedObject(JsValue? value) => "Expected an object, but received: " + Print(value);

    public static string ExpectedNever(JsValue? value) => "Expected a value of type `never`, but received: `" + Print(value) + "`";

    public static string ExpectedBigInt(string? value) =>
        "Expected a value of type `BigInt`, but received: `" + (value is null ? "undefined" : JsText.JsonQuote(value)) + "`";

    public static string ExpectedMetadataPattern(string value) =>
        $"Expected a string matching `/{MetadataPattern}/` but received \"{value}\"";

    public static string Print(JsValue? value) => value is JsString s ? JsText.JsonQuote(s.Value) : ToJsString(value);

    private static string ToJsString(JsValue? value) => JsText.ToJsString(value);
}
