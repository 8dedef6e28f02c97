using System.Runtime.CompilerServices;

namespace Rmrk.Core.Rmrk2;

/// <summary>
/// The fields of a remark as JavaScript's <c>remark.split("::")</c> gives them; a field past the end is
/// <c>undefined</c> (null here). A value type with inline storage: splitting allocates nothing, and a
/// field becomes a string only when asked for one.
/// </summary>
public readonly struct RemarkFields
{
    private const int MaxFields = 8;
    private readonly string _text;
    private readonly Bounds _starts;
    private readonly Bounds _ends;
    private readonly int _count;

    private RemarkFields(string text, Bounds starts, Bounds ends, int count)
    {
        _text = text;
        _starts = starts;
        _ends = ends;
        _count = count;
    }

    public int Count => _count;

    public static RemarkFields Split(string text)
    {
        // Only the first MaxFields fields are ever read; the last one kept runs to the next separator.
        var starts = default(Bounds);
        var ends = default(Bounds);
        int count = 0;
        int start = 0;
        while (count < MaxFields)
        {
            int sep = text.IndexOf("::", start, StringComparison.Ordinal);
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

    public string? this[int index] => index < _count ? _text[_starts[index].._ends[index]] : null;

    /// <summary>The field without copying it; false when the field is undefined.</summary>
    public bool TryGetSpan(int index, out ReadOnlySpan<char> field)
    {
        if (index >= _count)
        {
            field = default;
            return false;
        }

        field = _text.AsSpan(_starts[index], _ends[index] - _starts[index]);
        return true;
    }

    [InlineArray(MaxFields)]
    private struct Bounds
    {
        private int _element;
    }
}
