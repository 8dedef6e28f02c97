using Rmrk.Core.Addresses;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// BASE — <c>RMRK::BASE::2.0.0::&lt;json {symbol, type?, issuer, parts[], themes?, metadata?}&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/base.md
/// </summary>
public sealed record BaseCreate(string Symbol, string? Type, string Issuer, JsArray Parts, JsValue? Themes, JsValue? Metadata)
{
    public string BaseId(long block) => $"base-{block}-{Symbol}";

    /// <summary>
    /// Parses the remark. A failure returns the complete message: "[BASE] Dead before instantiation: …"
    /// or "[BASE] Duplicate base part id found: S", both reported against the whole remark.
    /// </summary>
    public static ParseResult<BaseCreate> Parse(ReadOnlySpan<char> text, AddressCodec addresses)
    {
        var fields = RemarkFields.Split(text);
        JsValue obj = JsNull.Instance;
        string? error = fields.ValidateBase(OpCodes.Base)
            ?? RemarkData.TryGet(fields, 3, out obj)
            ?? RemarkStructs.ValidateBase(obj);
        if (error is not null)
        {
            return Dead(error);
        }

        var o = (JsObject)obj;
        if (!addresses.TryReencode(((JsString)o["issuer"]!).Value, out string? issuer, out error))
        {
            return Dead(error);
        }

        var parts = (JsArray)o["parts"]!;
        string? duplicate = FirstDuplicatePartId(parts);
        if (duplicate is not null)
        {
            return ParseResult<BaseCreate>.Fail($"[{OpCodes.Base}] Duplicate base part id found: {duplicate}");
        }

        var type = o["type"] as JsString;
        var themes = o["themes"];
        return new BaseCreate(
            ((JsString)o["symbol"]!).Value,
            type is { Value.Length: > 0 } ? type.Value : null,
            issuer,
            parts,
            themes is { IsTruthy: true } ? themes : null,
            o["metadata"]);
    }

    private static ParseResult<BaseCreate> Dead(string reason) => ParseResult<BaseCreate>.Fail($"[{OpCodes.Base}] Dead before instantiation: {reason}");

    private static string? FirstDuplicatePartId(JsArray parts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts.Items)
        {
            if (JsOps.OwnProperty(part, "id") is JsString { Value.Length: > 0 } id && !seen.Add(id.Value))
            {
                return id.Value;
            }
        }

        return null;
    }
}
