namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// Sorts items by a string in ordinal order, deciding most comparisons on the string's first sixteen characters
/// packed into two integers. A commit sorts a few hundred thousand NFTs by id; comparing the strings themselves
/// reads two objects per comparison from memory the cache no longer holds.
/// </summary>
/// <remarks>
/// ASCII characters keep their order as bytes. The first character past ASCII and everything after it become
/// 0xFF: that still sorts after any ASCII character, and two keys that agree up to there tie instead of
/// deciding on characters whose order the bytes lost. A string shorter than sixteen characters is padded with
/// zero bytes, which tie with a real U+0000. Ties are decided on the whole strings.
/// </remarks>
internal readonly struct OrdinalSortKey<T>(string text, T item) : IComparable<OrdinalSortKey<T>>
{
    private readonly ulong _high = Pack(text, 0);
    private readonly ulong _low = Pack(text, 8);

    public string Text { get; } = text;

    public T Item { get; } = item;

    public int CompareTo(OrdinalSortKey<T> other)
    {
        if (_high != other._high)
        {
            return _high < other._high ? -1 : 1;
        }

        if (_low != other._low)
        {
            return _low < other._low ? -1 : 1;
        }

        return string.CompareOrdinal(Text, other.Text);
    }

    private static ulong Pack(string text, int start)
    {
        if (start > 0 && HasNonAsciiBefore(text, start))
        {
            return ulong.MaxValue;
        }

        ulong packed = 0;
        int end = Math.Min(text.Length, start + 8);
        int i = start;
        for (; i < end; i++)
        {
            char c = text[i];
            if (c > 0x7F)
            {
                // This byte and all the following ones.
                int remaining = start + 8 - i;
                return (packed << (8 * remaining)) | (remaining == 8 ? ulong.MaxValue : (1UL << (8 * remaining)) - 1);
            }

            packed = (packed << 8) | c;
        }

        return packed << (8 * (start + 8 - i));
    }

    private static bool HasNonAsciiBefore(string text, int end)
    {
        int last = Math.Min(text.Length, end);
        for (int i = 0; i < last; i++)
        {
            if (text[i] > 0x7F)
            {
                return true;
            }
        }

        return false;
    }
}
