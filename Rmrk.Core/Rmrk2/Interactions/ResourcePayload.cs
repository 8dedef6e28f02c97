using System.Diagnostics.CodeAnalysis;
using Rmrk.Core.Js;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// The members of a RESADD resource that a stored resource keeps, once the payload has passed
/// <c>ResourceStruct</c>: the URL-like members when they are strings, the others as whatever JSON they hold.
/// </summary>
/// <remarks>
/// As for MINT (<see cref="MintPayload"/>), the common plain shape — known keys, plain strings that pass their
/// patterns, any JSON for id, parts and the theme members — is read directly, and anything else is left to
/// <c>JSON.parse</c> and the struct check.
/// </remarks>
public sealed record ResourcePayload(
    JsValue? Id,
    string? Metadata,
    string? Base,
    string? Src,
    string? Slot,
    JsValue? Parts,
    string? Thumb,
    JsValue? ThemeId,
    JsValue? Theme) : IPlainPayload<ResourcePayload>
{
    /// <summary>The members of a payload that <see cref="RemarkStructs.ValidateResource"/> accepted (an array has none).</summary>
    public static ResourcePayload From(JsValue value) => new(
        JsOps.OwnProperty(value, "id"),
        StringMember(value, "metadata"),
        StringMember(value, "base"),
        StringMember(value, "src"),
        StringMember(value, "slot"),
        JsOps.OwnProperty(value, "parts"),
        StringMember(value, "thumb"),
        JsOps.OwnProperty(value, "themeId"),
        JsOps.OwnProperty(value, "theme"));

    static string? IPlainPayload<ResourcePayload>.Validate(JsValue value) => RemarkStructs.ValidateResource(value);

    static bool IPlainPayload<ResourcePayload>.TryRead(ref PlainJsonReader reader, [MaybeNullWhen(false)] out ResourcePayload payload)
    {
        payload = null;
        JsValue? id = null, parts = null, themeId = null, theme = null;
        string? metadata = null, baseId = null, src = null, slot = null, thumb = null;
        if (!reader.Take('{'))
        {
            return false;
        }

        if (!reader.Take('}'))
        {
            do
            {
                bool read = reader.ReadKey() switch
                {
                    "id" => id is null && reader.TryReadValue(out id),
                    "base" => baseId is null && reader.TryReadString(out baseId) && JsText.StartsWithBase(baseId),
                    "src" => src is null && reader.TryReadString(out src) && JsText.IsUrl(src),
                    "slot" => slot is null && reader.TryReadString(out slot) && JsText.IsSlotReference(slot),
                    "metadata" => metadata is null && reader.TryReadString(out metadata) && JsText.IsUrl(metadata),
                    "thumb" => thumb is null && reader.TryReadString(out thumb) && JsText.IsUrl(thumb),
                    "parts" => parts is null && reader.TryReadValue(out parts),
                    "themeId" => themeId is null && reader.TryReadValue(out themeId),
                    "theme" => theme is null && reader.TryReadValue(out theme),
                    _ => false,
                };
                if (!read)
                {
                    return false;
                }
            }
            while (reader.Take(','));

            if (!reader.Take('}'))
            {
                return false;
            }
        }

        payload = new ResourcePayload(id, metadata, baseId, src, slot, parts, thumb, themeId, theme);
        return true;
    }

    private static string? StringMember(JsValue resource, string key) => (JsOps.OwnProperty(resource, key) as JsString)?.Value;
}
