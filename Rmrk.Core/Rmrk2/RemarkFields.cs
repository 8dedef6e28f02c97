namespace Rmrk.Core.Rmrk2;

/// <summary>
/// The fields of a remark as JavaScript's <c>remark.split("::")</c> gives them; a field past the end is
/// <c>undefined</c> (null here).
/// </summary>
public readonly struct RemarkFields
{
    private const int MaxFields = 8;
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int _count;

    private RemarkFields(string text, int[] starts, int count)
    {
        _text = text;
        _starts = starts;
        _count = count;
    }

    public int Count => _count;

    public static RemarkFields Split(string text)
    {
        // Field i spans [_starts[i], next separator); only the first MaxFields fields are ever read.
        int[] starts = new int[MaxFields + 1];
        int count = 0;
        int start = 0;
        while (count < MaxFields)
        {
            starts[count++] = start;
            int sep = text.IndexOf("::", start, StringComparison.Ordinal);
            if (sep < 0)
            {
                starts[count] = text.Length + 2;
                return new RemarkFields(text, starts, count);
            }

            start = sep + 2;
        }

        starts[count] = start;
        return new RemarkFields(text, starts, count);
    }

    public string? this[int index]
    {
        get
        {
            if (index >= _count)
            {
                return null;
            }

            int start = _starts[index];
            int end = index + 1 < _count ? _starts[index + 1] - 2 : FieldEnd(start);
            return _text[start..end];
        }
    }

    private int FieldEnd(int start)
    {
        int sep = _text.IndexOf("::", start, StringComparison.Ordinal);
        return sep < 0 ? _text.Length : sep;
    }
}
