using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>
/// The superstruct 0.14.2 structs used by rmrk-tools' validate-remark.js, as <see cref="StructCheck"/>s
/// with superstruct's exact messages. A struct's own check runs first, then its entries in order, then
/// its refinement (only if everything before passed); the first failure wins.
/// </summary>
internal static class Superstruct
{
    /// <summary><c>string()</c>.</summary>
    public static readonly StructCheck String = static value =>
        value is JsString ? null : Fail("Expected a string, but received: " + Print(value));

    /// <summary><c>number()</c> (NaN fails).</summary>
    public static readonly StructCheck Number = static value =>
        value is JsNumber n && !double.IsNaN(n.Value) ? null : Fail("Expected a number, but received: " + Print(value));

    /// <summary><c>boolean()</c>, a <c>define</c> without a message, hence the generic text.</summary>
    public static readonly StructCheck Boolean = static value =>
        value is JsBool ? null : Fail("Expected a value of type `boolean`, but received: `" + Print(value) + "`");

    /// <summary>
    /// rmrk-tools' <c>IsBigInt</c> define: a string for which <c>BigInt(parseInt(value))</c> does not throw.
    /// </summary>
    public static readonly StructCheck BigIntString = static value =>
        value is JsString s && JsBigInt.IsParseIntFinite(s.Value)
            ? null
            : Fail("Expected a value of type `BigInt`, but received: `" + Print(value) + "`");

    /// <summary>superstruct's <c>print</c>: strings as <c>JSON.stringify</c>, anything else as <c>"" + value</c>.</summary>
    public static string Print(JsValue? value) =>
        value is JsString s ? JsText.JsonQuote(s.Value) : JsText.ToJsString(value);

    /// <summary><c>value[key]</c> for a JSON value: own properties of objects; anything else has none here.</summary>
    public static JsValue? Get(JsValue? value, string key) =>
        value is JsObject o && o.TryGet(key, out JsValue v) ? v : null;

    /// <summary><c>isObject</c>: <c>typeof value === 'object' &amp;&amp; value != null</c> (arrays included).</summary>
    public static bool IsObject(JsValue? value) => value is JsObject or JsArray;

    /// <summary><c>enums(values)</c>.</summary>
    public static StructCheck Enums(params string[] values)
    {
        string message = "Expected one of `" + string.Join(',', Array.ConvertAll(values, JsText.JsonQuote)) + "`, but received: ";
        return value => value is JsString s && Array.IndexOf(values, s.Value) >= 0 ? null : Fail(message + Print(value));
    }

    /// <summary><c>pattern(string(), regexp)</c>, with a hand-written matcher and the regexp's <c>source</c>.</summary>
    public static StructCheck Pattern(Func<string, bool> isMatch, string source)
    {
        string prefix = "Expected a string matching `/" + source + "/` but received \"";
        return value => value switch
        {
            not JsString => String(value),
            JsString s when isMatch(s.Value) => null,
            JsString s => Fail(prefix + s.Value + "\""),
        };
    }

    /// <summary><c>optional(struct)</c>: <c>undefined</c> passes (null does not).</summary>
    public static StructCheck Optional(StructCheck inner) => value => value is null ? null : inner(value);

    /// <summary><c>union(structs)</c>; <paramref name="description"/> is the members' types joined by " | ".</summary>
    public static StructCheck Union(string description, params StructCheck[] members)
    {
        string message = "Expected the value to satisfy a union of `" + description + "`, but received: ";
        return value =>
        {
            foreach (StructCheck member in members)
            {
                if (member(value) is null)
                {
                    return null;
                }
            }

            return Fail(message + Print(value));
        };
    }

    /// <summary><c>array(element)</c>: element failures are reported at <c>path.index</c>.</summary>
    public static StructCheck ArrayOf(StructCheck element) => value =>
    {
        if (value is not JsArray array)
        {
            return Fail("Expected an array value, but received: " + Print(value));
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            if (element(array.Items[i]) is { } failure)
            {
                return failure.Under(IndexKey(i));
            }
        }

        return null;
    };

    /// <summary>
    /// <c>record(string(), value)</c>: every enumerable key (array indices for arrays) in order; keys
    /// always pass <c>string()</c>.
    /// </summary>
    public static StructCheck Record(StructCheck valueCheck) => value =>
    {
        switch (value)
        {
            case JsObject o:
                foreach (KeyValuePair<string, JsValue> entry in o.Entries)
                {
                    if (valueCheck(entry.Value) is { } failure)
                    {
                        return failure.Under(entry.Key);
                    }
                }

                return null;
            case JsArray a:
                for (int i = 0; i < a.Items.Count; i++)
                {
                    if (valueCheck(a.Items[i]) is { } failure)
                    {
                        return failure.Under(IndexKey(i));
                    }
                }

                return null;
            default:
                return Fail("Expected an object, but received: " + Print(value));
        }
    };

    /// <summary>A nested <c>type()</c> struct expressed as a FluentValidation validator.</summary>
    public static StructCheck Nested(TypeStructValidator validator) => value => validator.FirstFailure(value);

    /// <summary>Runs a validator and returns the first failure, formatted as <c>assert</c> throws it.</summary>
    public static string? Assert(TypeStructValidator validator, JsValue value) => validator.FirstFailure(value)?.ToString();

    internal static StructFailure Fail(string message) => new(string.Empty, message);

    private static string IndexKey(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
