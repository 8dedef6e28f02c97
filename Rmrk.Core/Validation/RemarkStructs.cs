using System.Numerics;
using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>
/// The payload checks of rmrk-tools 2.1.13 <c>tools/validate-remark.js</c> after <c>validateRemarkBase</c>:
/// each method returns <see langword="null"/> when the reference accepts the value, else the exact
/// message it throws (the reason in <c>[OP] Dead before instantiation: &lt;reason&gt;</c>).
/// <para>
/// JSON payloads take what <c>getRemarkData</c> returns: <c>JSON.parse(decodeURIComponent(field))</c>,
/// or the decoded text as a <see cref="JsString"/> when it is not JSON (a missing field decodes to the
/// text "undefined"). Split fields are strings, <see langword="null"/> where the remark has no such field
/// (JavaScript <c>undefined</c>).
/// </para>
/// <para>
/// Structure is expressed as FluentValidation validators (<see cref="TypeStructValidator"/>), run only
/// when a hand-written allocation-free pre-check says the value is invalid, to produce the message.
/// </para>
/// </summary>
public static class RemarkStructs
{
    private static readonly CollectionStructValidator s_collection = new();
    private static readonly NftStructValidator s_nft = new();
    private static readonly ResourceStructValidator s_resource = new();
    private static readonly PartStructValidator s_part = new();
    private static readonly BaseStructValidator s_base = new(s_part);
    private static readonly ListStructValidator s_list = new();
    private static readonly AcceptStructValidator s_accept = new();
    private static readonly EquipStructValidator s_equip = new();
    private static readonly SendStructValidator s_send = new();
    private static readonly EmoteStructValidator s_emote = new();
    private static readonly ChangeIssuerStructValidator s_changeIssuer = new();
    private static readonly EquippableStructValidator s_equippable = new();
    private static readonly ThemeAddStructValidator s_themeAdd = new();
    private static readonly IdStructValidator s_id = new();

    /// <summary>CREATE: <c>!obj.metadata</c> first, then <c>CollectionStruct</c>.</summary>
    public static string? ValidateCollection(JsValue obj)
    {
        if (obj is JsNull)
        {
            return "Cannot read properties of null (reading 'metadata')";
        }

        if (Superstruct.Get(obj, "metadata") is not { IsTruthy: true })
        {
            return "NFT Collection is missing metadata";
        }

        return obj is JsObject o
            && IsNumber(o["max"]) && o["issuer"] is JsString && o["symbol"] is JsString && o["id"] is JsString
            && IsOptionalUrl(o["metadata"])
            ? null
            : Superstruct.Assert(s_collection, obj);
    }

    /// <summary>MINT: the royalty range check on <c>obj?.properties</c> first, then <c>NFTStruct</c>.</summary>
    public static string? ValidateNft(JsValue obj)
    {
        if (ValidateRoyalties(Superstruct.Get(obj, "properties")) is { } royalty)
        {
            return royalty;
        }

        return IsValidNft(obj) ? null : Superstruct.Assert(s_nft, obj);
    }

    /// <summary>RESADD resource: <c>ResourceStruct</c> (the caller checks <c>No NFT id specified for RESADD</c> first).</summary>
    public static string? ValidateResource(JsValue obj) =>
        obj is JsArray
        || (obj is JsObject o
            && IsOptionalPattern(o["base"], static s => JsText.StartsWithBase(s))
            && IsOptionalUrl(o["src"])
            && IsOptionalPattern(o["slot"], static s => JsText.IsSlotReference(s))
            && IsOptionalUrl(o["metadata"])
            && IsOptionalUrl(o["thumb"]))
            ? null
            : Superstruct.Assert(s_resource, obj);

    /// <summary>BASE: <c>BaseStruct</c> with its <c>PartStruct</c> items.</summary>
    public static string? ValidateBase(JsValue obj) => IsValidBase(obj) ? null : Superstruct.Assert(s_base, obj);

    /// <summary>
    /// <c>validateRoyaltiesPropertyValue(properties)</c>: the first truthy property whose <c>type</c> is
    /// "royalty" must not have a truthy <c>value.royaltyPercentFloat</c> below 0 or above 100 (compared
    /// as JavaScript does, so "150" and [150] fail too).
    /// </summary>
    public static string? ValidateRoyalties(JsValue? properties)
    {
        switch (properties)
        {
            case JsObject o:
                ReadOnlySpan<KeyValuePair<string, JsValue>> entries = o.Entries;
                for (int i = 0; i < entries.Length; i++)
                {
                    if (IsRoyalty(entries[i].Value))
                    {
                        return RoyaltyRangeMessage(entries[i].Value);
                    }
                }

                return null;
            case JsArray a:
                foreach (JsValue item in a.Items)
                {
                    if (IsRoyalty(item))
                    {
                        return RoyaltyRangeMessage(item);
                    }
                }

                return null;
            default:
                return null; // falsy, or a primitive whose Object.values has no royalty object
        }
    }

    /// <summary>SETPROPERTY: <c>validateRoyaltiesPropertyValue({[key]: value})</c>.</summary>
    public static string? ValidateRoyaltyProperty(JsValue? value) => IsRoyalty(value) ? RoyaltyRangeMessage(value!) : null;

    /// <summary>LIST: <c>LISTStruct</c> on <c>{id, price}</c>.</summary>
    public static string? ValidateList(string? id, string? price) =>
        id is not null && price is not null && JsBigInt.IsParseIntFinite(price)
            ? null
            : Superstruct.Assert(s_list, Fields(("id", id), ("price", price)));

    /// <summary>
    /// LIST as <c>List.fromRemark</c> parses it: <see cref="ValidateList"/>, then <c>BigInt(price)</c>
    /// (<c>Cannot convert p to a BigInt</c>). On success <paramref name="value"/> is the price.
    /// </summary>
    public static string? ParseList(string? id, string? price, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (ValidateList(id, price) is { } message)
        {
            return message;
        }

        return JsBigInt.TryParse(price!, out value) ? null : JsBigInt.CannotConvertMessage(price!);
    }

    /// <summary>ACCEPT: <c>ACCEPTStruct</c> on <c>{id, nftId, entity}</c>.</summary>
    public static string? ValidateAccept(string? nftId, string? entity, string? id) =>
        id is not null && nftId is not null && entity is "NFT" or "RES"
            ? null
            : Superstruct.Assert(s_accept, Fields(("id", id), ("nftId", nftId), ("entity", entity)));

    /// <summary>EQUIP: <c>EQUIPStruct</c> on <c>{id, baseslot}</c>; a missing baseslot defaults to "".</summary>
    public static string? ValidateEquip(string? id, string? baseslot)
    {
        baseslot ??= string.Empty;
        return id is not null && (baseslot.Length == 0 || JsText.IsSlotReference(baseslot))
            ? null
            : Superstruct.Assert(s_equip, Fields(("id", id), ("baseslot", baseslot)));
    }

    /// <summary>
    /// SEND: an account recipient (non-empty, no <c>-</c>) must not contain JS whitespace, then
    /// <c>SENDStruct</c> on <c>{id, recipient}</c>.
    /// </summary>
    public static string? ValidateSend(string? id, string? recipient)
    {
        if (!string.IsNullOrEmpty(recipient) && !recipient.Contains('-', StringComparison.Ordinal)
            && JsText.ContainsJsWhitespace(recipient))
        {
            return "Invalid remark - No whitespaces are allowed in recipient";
        }

        return id is not null && recipient is not null
            ? null
            : Superstruct.Assert(s_send, Fields(("id", id), ("recipient", recipient)));
    }

    /// <summary>EMOTE: <c>EMOTEStruct</c> on <c>{id, unicode, namespace}</c> (fields in remark order).</summary>
    public static string? ValidateEmote(string? @namespace, string? id, string? unicode) =>
        id is not null && unicode is not null && @namespace is "RMRK1" or "RMRK2" or "PUBKEY"
            ? null
            : Superstruct.Assert(s_emote, Fields(("id", id), ("unicode", unicode), ("namespace", @namespace)));

    /// <summary>CHANGEISSUER: <c>CHANGEISSUERStruct</c> on <c>{id, issuer}</c>.</summary>
    public static string? ValidateChangeIssuer(string? id, string? issuer) =>
        id is not null && issuer is not null
            ? null
            : Superstruct.Assert(s_changeIssuer, Fields(("id", id), ("issuer", issuer)));

    /// <summary>EQUIPPABLE: <c>EQUIPPABLEStruct</c> on <c>{id, slot, classes}</c>.</summary>
    public static string? ValidateEquippable(string? id, string? slot, string? classes) =>
        id is not null && slot is not null && classes is not null && JsText.IsEquippableChange(classes, out _, out _)
            ? null
            : Superstruct.Assert(s_equippable, Fields(("id", id), ("slot", slot), ("classes", classes)));

    /// <summary>
    /// THEMEADD: <c>THEMEADDStruct</c> on <c>{baseId, themeId, theme}</c>, <paramref name="theme"/> being
    /// the <c>getRemarkData</c> result (which the reference computes before the base check).
    /// </summary>
    public static string? ValidateThemeAdd(string? baseId, string? themeId, JsValue theme)
    {
        if (baseId is not null && themeId is not null && IsValidTheme(theme))
        {
            return null;
        }

        JsObject obj = Fields(("baseId", baseId), ("themeId", themeId));
        obj.Set("theme", theme);
        return Superstruct.Assert(s_themeAdd, obj);
    }

    /// <summary>BUY: <c>BUYStruct</c> on <c>{id}</c>.</summary>
    public static string? ValidateBuy(string? id) => ValidateId(id);

    /// <summary>BURN: <c>BURNStruct</c> on <c>{id}</c>.</summary>
    public static string? ValidateBurn(string? id) => ValidateId(id);

    /// <summary>DESTROY: <c>DESTROYStruct</c> on <c>{id}</c>.</summary>
    public static string? ValidateDestroy(string? id) => ValidateId(id);

    /// <summary>LOCK: <c>LOCKStruct</c> on <c>{id}</c>.</summary>
    public static string? ValidateLock(string? id) => ValidateId(id);

    /// <summary>The hand-written pre-check of <c>NFTStruct</c>, exposed for benchmarks and tests.</summary>
    internal static bool IsValidNft(JsValue obj) =>
        obj is JsObject o
        && o["collection"] is JsString && o["symbol"] is JsString && IsNumber(o["transferable"]) && o["sn"] is JsString
        && IsOptionalUrl(o["metadata"]);

    /// <summary>The FluentValidation path alone, bypassing the pre-check (for benchmarks and tests).</summary>
    internal static string? ValidateNftWithValidator(JsValue obj) => Superstruct.Assert(s_nft, obj);

    private static string? ValidateId(string? id) =>
        id is not null ? null : Superstruct.Assert(s_id, Fields(("id", id)));

    private static bool IsValidBase(JsValue obj)
    {
        if (obj is not JsObject o || o["issuer"] is not JsString || o["type"] is not (null or JsString)
            || o["symbol"] is not JsString || o["parts"] is not JsArray parts)
        {
            return false;
        }

        foreach (JsValue part in parts.Items)
        {
            if (!IsValidPart(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidPart(JsValue part) =>
        part is JsObject p
        && p["type"] is JsString { Value: "slot" or "fixed" }
        && p["unequip"] is null or JsString { Value: "unequip" or "burn" }
        && (p["z"] is null || IsNumber(p["z"]))
        && IsOptionalUrl(p["src"])
        && p["id"] is JsString
        && (p["equippable"] is null or JsString || (p["equippable"] is JsArray list && AllStrings(list)));

    /// <summary><c>record(string(), union([string(), boolean()]))</c> on an object or an array.</summary>
    private static bool IsValidTheme(JsValue theme)
    {
        switch (theme)
        {
            case JsObject o:
                foreach (KeyValuePair<string, JsValue> entry in o.Entries)
                {
                    if (entry.Value is not (JsString or JsBool))
                    {
                        return false;
                    }
                }

                return true;
            case JsArray a:
                foreach (JsValue item in a.Items)
                {
                    if (item is not (JsString or JsBool))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool AllStrings(JsArray array)
    {
        foreach (JsValue item in array.Items)
        {
            if (item is not JsString)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRoyalty(JsValue? property) =>
        property is { IsTruthy: true } && Superstruct.Get(property, "type") is JsString { Value: "royalty" };

    private static string? RoyaltyRangeMessage(JsValue royalty)
    {
        JsValue? percent = Superstruct.Get(Superstruct.Get(royalty, "value"), "royaltyPercentFloat");
        if (percent is not { IsTruthy: true })
        {
            return null;
        }

        double n = JsText.ToNumber(percent);
        return n < 0 || n > 100 ? "Royalty percentage value have to be between 0 and 100" : null;
    }

    private static bool IsNumber(JsValue? value) => value is JsNumber n && !double.IsNaN(n.Value);

    private static bool IsOptionalUrl(JsValue? value) => value is null || (value is JsString s && JsText.IsUrl(s.Value));

    private static bool IsOptionalPattern(JsValue? value, Func<string, bool> isMatch) =>
        value is null || (value is JsString s && isMatch(s.Value));

    private static JsObject Fields(params ReadOnlySpan<(string Key, string? Value)> fields)
    {
        var obj = new JsObject();
        foreach ((string key, string? value) in fields)
        {
            if (value is not null)
            {
                obj.Set(key, new JsString(value));
            }
        }

        return obj;
    }
}
