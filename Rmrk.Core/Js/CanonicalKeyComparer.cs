namespace Rmrk.Core.Js;

/// <summary>
/// The order in which the reference's canonical output prints the keys of an object that went through its
/// <c>canonical()</c> helper: <c>Object.keys(v).sort()</c> (UTF-16 code units, i.e. ordinal) assigned into
/// a fresh object, whose own-property order then puts array-index keys (<c>"0"</c>…<c>"4294967294"</c>
/// without leading zeros) first in ascending numeric order, followed by the other keys in ordinal order.
/// For keys without array indices this is exactly <see cref="StringComparer.Ordinal"/>.
/// </summary>
public sealed class CanonicalKeyComparer : IComparer<string>
{
    public static readonly CanonicalKeyComparer Instance = new();

    private CanonicalKeyComparer()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        bool xIndex = TryGetArrayIndex(x, out uint xValue);
        bool yIndex = TryGetArrayIndex(y, out uint yValue);
        if (xIndex && yIndex)
        {
            return xValue.CompareTo(yValue);
        }

        if (xIndex != yIndex)
        {
            return xIndex ? -1 : 1;
        }

        return string.CompareOrdinal(x, y);
    }

    /// <summary>A canonical array index: "0" or digits without a leading zero, at most 2^32 - 2.</summary>
    public static bool TryGetArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10 || (key[0] == '0' && key.Length > 1))
        {
            return false;
        }

        ulong value = 0;
        foreach (char c in key)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        if (value >= uint.MaxValue)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }
}
