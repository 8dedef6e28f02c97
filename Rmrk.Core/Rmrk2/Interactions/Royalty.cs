using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// rmrk-tools <c>validateRoyaltiesPropertyValue</c>: the first property of type "royalty" must not have a
/// truthy <c>royaltyPercentFloat</c> below 0 or above 100 (compared with JavaScript coercion).
/// </summary>
public static class Royalty
{
    public const string OutOfRange = "Royalty percentage value have to be between 0 and 100";

    /// <summary>Null when valid; the reference's message otherwise. Null/undefined input is valid.</summary>
    public static string? Validate(JsValue? properties)
    {
        if (properties is null || !properties.IsTruthy)
        {
            return null;
        }

        var royalty = FirstRoyalty(properties);
        if (royalty is null || royalty is JsNull)
        {
            return null;
        }

        var value = JsOps.Get(royalty, "value");
        if (value is null || value is JsNull)
        {
            return null;
        }

        var percent = JsOps.Get(value, "royaltyPercentFloat");
        if (percent is null || !percent.IsTruthy)
        {
            return null;
        }

        double p = JsOps.ToNumber(percent);
        return p < 0 || p > 100 ? OutOfRange : null;
    }

    /// <summary><c>Object.values(properties).find(p =&gt; p &amp;&amp; p.type === "royalty")</c>.</summary>
    private static JsValue? FirstRoyalty(JsValue properties)
    {
        switch (properties)
        {
            case JsObject o:
                foreach (var entry in o.Entries)
                {
                    if (IsRoyalty(entry.Value))
                    {
                        return entry.Value;
                    }
                }

                return null;
            case JsArray a:
                foreach (var item in a.Items)
                {
                    if (IsRoyalty(item))
                    {
                        return item;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsRoyalty(JsValue value) =>
        value.IsTruthy && value is JsObject o && JsOps.IsString(o["type"], "royalty");
}
