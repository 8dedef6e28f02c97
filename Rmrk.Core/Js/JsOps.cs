using System.Globalization;

namespace Rmrk.Core.Js;

/// <summary>
/// The few JavaScript operations the reference applies to user JSON: equality as <c>===</c> and
/// <c>includes</c> see it, property reads, and numeric coercion in comparisons.
/// A null <see cref="JsValue"/> reference stands for JavaScript <c>undefined</c>.
/// </summary>
public static class JsOps
{
    /// <summary>Names every plain object inherits from <c>Object.prototype</c>; reading them is truthy.</summary>
    private static readonly HashSet<string> s_objectPrototypeMembers = new(StringComparer.Ordinal)
    {
        "constructor", "__proto__", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf",
        "propertyIsEnumerable", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    };

    public static bool IsObjectPrototypeMember(string key) => s_objectPrototypeMembers.Contains(key);

    /// <summary>JavaScript <c>a === b</c>: primitives by value, objects by reference.</summary>
    public static bool StrictEquals(JsValue? a, JsValue? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return (a, b) switch
        {
            (JsString x, JsString y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal),
            (JsNumber x, JsNumber y) => x.Value == y.Value,
            (JsBool x, JsBool y) => x.Value == y.Value,
            (JsNull, JsNull) => true,
            _ => ReferenceEquals(a, b),
        };
    }

    /// <summary>SameValueZero, the comparison of <c>Array.prototype.includes</c> (NaN equals NaN).</summary>
    public static bool SameValueZero(JsValue? a, JsValue? b) =>
        StrictEquals(a, b) || (a is JsNumber x && b is JsNumber y && double.IsNaN(x.Value) && double.IsNaN(y.Value));

    /// <summary><c>items.includes(value)</c> (SameValueZero), without a closure per call.</summary>
    public static bool Includes(List<JsValue> items, JsValue? value)
    {
        foreach (var item in items)
        {
            if (SameValueZero(item, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>items.includes(text)</c> for a string <paramref name="text"/>.</summary>
    public static bool IncludesString(List<JsValue> items, string text)
    {
        foreach (var item in items)
        {
            if (IsString(item, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>value === "text"</c>.</summary>
    public static bool IsString(JsValue? value, string text) =>
        value is JsString s && string.Equals(s.Value, text, StringComparison.Ordinal);

    /// <summary>An own property of an object, or undefined (null) for anything else.</summary>
    public static JsValue? OwnProperty(JsValue? target, string key) =>
        target is JsObject o && o.TryGet(key, out var v) ? v : null;

    /// <summary>
    /// <c>target[key]</c> on a value that is not null or undefined: own properties of objects, indices and
    /// <c>length</c> of strings and arrays. Inherited members are not modelled here (see
    /// <see cref="IsObjectPrototypeMember"/>).
    /// </summary>
    public static JsValue? Get(JsValue target, string key)
    {
        switch (target)
        {
            case JsObject o:
                return o.TryGet(key, out var v) ? v : null;
            case JsArray a:
                if (string.Equals(key, "length", StringComparison.Ordinal))
                {
                    return new JsNumber(a.Items.Count);
                }

                return JsObject.IsArrayIndex(key) && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int i)
                    && i < a.Items.Count ? a.Items[i] : null;
            case JsString s:
                if (string.Equals(key, "length", StringComparison.Ordinal))
                {
                    return new JsNumber(s.Value.Length);
                }

                return JsObject.IsArrayIndex(key) && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int j)
                    && j < s.Value.Length ? new JsString(s.Value[j].ToString()) : null;
            default:
                return null;
        }
    }

    /// <summary>The message V8 gives for reading <paramref name="key"/> of null or undefined.</summary>
    public static string CannotReadProperties(JsValue? target, string key) =>
        $"Cannot read properties of {(target is null ? "undefined" : "null")} (reading '{key}')";
}
