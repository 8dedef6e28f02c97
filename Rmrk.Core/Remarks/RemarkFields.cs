using System.Runtime.CompilerServices;

namespace Rmrk.Core.Remarks;

/// <summary>
/// The fields of a remark as JavaScript's <c>remark.split("::")</c> gives them; a field past the end is
/// <c>undefined</c> (null here). A value type with inline storage over the text where it lies (a string, or a
/// reader's buffer): splitting allocates nothing, and a field becomes a string only when asked for one.
/// </summary>
public readonly ref struct RemarkFields
{
    private const int MaxFields = 8;
    private readonly ReadOnlySpan<char> _text;
    private readonly Bounds _starts;
    private readonly Bounds _ends;
    private readonly int _count;

    private RemarkFields(ReadOnlySpan<char> text, Bounds starts, Bounds ends, int count)
    {
        _text = text;
        _starts = starts;
        _ends = ends;
        _count = count;
    }

    /// <summary>How many fields there are, counting at most the first eight.</summary>
    public int Count => _count;

    /// <summary>The remark text that was split.</summary>
    public ReadOnlySpan<char> Text => _text;

    public static RemarkFields Split(ReadOnlySpan<char> text)
    {
        // Only the first MaxFields fields are ever read; the last one kept runs to the next separator.
        var starts = default(Bounds);
        var ends = default(Bounds);
        int count = 0;
        int start = 0;
        while (count < MaxFields)
        {
            int sep = IndexOfSeparator(text, start);
            starts[count] = start;
            ends[count] = sep < 0 ? text.Length : sep;
            count++;
            if (sep < 0)
            {
                break;
            }

            start = sep + 2;
        }

        return new RemarkFields(text, starts, ends, count);
    }

    /// <summary>The next "::" at or after <paramref name="from"/>, found with a single-character search.</summary>
    private static int IndexOfSeparator(ReadOnlySpan<char> text, int from)
    {
        while (true)
        {
            int found = text[from..].IndexOf(':');
            int colon = from + found;
            if (found < 0 || colon + 1 >= text.Length)
            {
                return -1;
            }

            if (text[colon + 1] == ':')
            {
                return colon;
            }

            from = colon + 2;
        }
    }

    /// <summary>The field as <c>===</c> compares it with <paramref name="value"/>; false when undefined.</summary>
    public bool FieldEquals(int index, string value) =>
        TryGetSpan(index, out var field) && field.SequenceEqual(value);

    public string? this[int index] => index < _count ? new string(_text[_starts[index].._ends[index]]) : null;

    /// <summary>The field without copying it; false when the field is undefined.</summary>
    public bool TryGetSpan(int index, out ReadOnlySpan<char> field)
    {
        if (index >= _count)
        {
            field = default;
            return false;
        }

        field = _text.Slice(_starts[index], _ends[index] - _starts[index]);
        return true;
    }

    [InlineArray(MaxFields)]
    private struct Bounds
    {
        private int _element;
    }
}
