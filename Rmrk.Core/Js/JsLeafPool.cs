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

    /// <summary>
    /// Small enough to stay in the processor's cache: with 65,536 entries each lookup missed it, a sixth of all
    /// parsing time. Strings that really repeat are back in the pool right after it is emptied; live memory after
    /// consolidating a million remarks is the same either way (1,055 against 1,060 MB).
    /// </summary>
    private const int Capacity = 1 << 12;
    private const int SmallIntegers = 1024;

    private static readonly JsNumber[] s_smallIntegers = CreateSmallIntegers();

    [ThreadStatic]
    private static Dictionary<string, JsString>? t_strings;

    /// <summary>
    /// This thread's string pool. A parser takes it once per document: reaching a thread-static and preparing a
    /// span lookup for every string value cost more than the lookup itself.
    /// </summary>
    public static StringPool ThreadStrings() =>
        new((t_strings ??= new Dictionary<string, JsString>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>());

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

    /// <summary>A thread's pool; used on that thread only.</summary>
    internal readonly struct StringPool(Dictionary<string, JsString>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        public JsString Get(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                return JsString.Empty;
            }

            if (lookup.TryGetValue(text, out var pooled))
            {
                return pooled;
            }

            var pool = lookup.Dictionary;
            if (pool.Count >= Capacity)
            {
                pool.Clear();
            }

            var value = new JsString(new string(text));
            pool[value.Value] = value;
            return value;
        }
    }
}
