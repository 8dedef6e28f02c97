namespace Rmrk.Core.Rmrk1.Parsing;

/// <summary>
/// Field access on <c>remark.split("::")</c> without building the array: fields are found left to right,
/// non-overlapping, as JavaScript's split does (<c>a:::b</c> → <c>a</c>, <c>:b</c>).
/// </summary>
internal static class RemarkFields
{
    /// <summary>Field <paramref name="index"/>, or null when the split has fewer fields (JS <c>undefined</c>).</summary>
    public static string? Get(string text, int index)
    {
        int start = 0;
        for (int i = 0; i < index; i++)
        {
            int sep = text.IndexOf("::", start, StringComparison.Ordinal);
            if (sep < 0)
            {
                return null;
            }

            start = sep + 2;
        }

        int end = text.IndexOf("::", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>Number of fields of <c>text.split("::")</c>, capped at <paramref name="max"/>.</summary>
    public static int Count(string text, int max)
    {
        int count = 1;
        int start = 0;
        while (count < max)
        {
            int sep = text.IndexOf("::", start, StringComparison.Ordinal);
            if (sep < 0)
            {
                break;
            }

            count++;
            start = sep + 2;
        }

        return count;
    }
}
