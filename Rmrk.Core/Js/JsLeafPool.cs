namespace Rmrk.Core.Js;

/// <summary>
/// Shared instances of immutable JSON leaves. RMRK payloads repeat the same short strings (part ids, property
/// types, collection ids) and small integers across hundreds of thousands of NFTs; the consolidated state keeps
/// them, so sharing them cuts live memory and the garbage collector's copying. Strings and numbers compare by
/// value in JavaScript, so sharing an instance changes nothing observable.
/// </summary>
internal static class JsLeafPool
{
    /// <summary>Only short strings are pooled: long ones (URLs, descriptions) rarely repeat.</summary>
    public const int MaxPooledLength = 64;

    /// <summary>Slots of the pool: a power of two, small enough to stay in the processor's cache.</summary>
    private const int Slots = 1 << 12;
    private const int SmallIntegers = 1024;

    private static readonly JsNumber[] s_smallIntegers = CreateSmallIntegers();

    [ThreadStatic]
    private static JsString?[]? t_strings;

    /// <summary>This thread's string pool, taken once per document (a thread-static costs more than a lookup).</summary>
    public static StringPool ThreadStrings() => new(t_strings ??= new JsString?[Slots]);

    public static JsNumber Number(double value)
    {
        // -0 keeps its own instance: it prints as 0 but is a different double.
        if (value >= 0 && value < SmallIntegers && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value)))
        {
            return s_smallIntegers[(int)value];
        }

        return new JsNumber(value);
    }

    private static JsNumber[] CreateSmallIntegers()
    {
        var numbers = new JsNumber[SmallIntegers];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = new JsNumber(i);
        }

        return numbers;
    }

    /// <summary>
    /// A thread's pool; used on that thread only. Direct-mapped: a string's slot comes from its length and three of
    /// its characters, and a miss replaces the slot's string. No full hash, no chains: a lookup is one slot and
    /// one comparison.
    /// </summary>
    internal readonly struct StringPool(JsString?[] slots)
    {
        public JsString Get(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                return JsString.Empty;
            }

            uint mix = ((uint)text.Length * 0x9E3779B1u) ^ text[0] ^ ((uint)text[^1] << 7) ^ ((uint)text[text.Length >> 1] << 14);
            int slot = (int)((mix * 0x85EBCA6Bu) >> 20) & (Slots - 1);
            var pooled = slots[slot];
            if (pooled is not null && text.SequenceEqual(pooled.Value))
            {
                return pooled;
            }

            var value = new JsString(new string(text));
            slots[slot] = value;
            return value;
        }
    }
}
