namespace Rmrk.Core.Validation;

/// <summary>
/// rmrk-tools <c>validateRemarkBase(remark, opType)</c>: of <c>remark.split("::")</c>, field 1
/// upper-cased must be <c>RMRK</c>, field 2 must be the op, field 3 must be <c>2.0.0</c>. Missing
/// fields print as <c>undefined</c>.
/// </summary>
public static class RemarkBase
{
    public const string Version = "2.0.0";

    /// <summary><see langword="null"/> when the base check passes, else its exact message.</summary>
    public static string? Validate(ReadOnlySpan<char> remark, string opType)
    {
        ReadOnlySpan<char> rest = remark;
        ReadOnlySpan<char> prefix = NextField(ref rest, out bool hasOp);
        if (!IsRmrk(prefix))
        {
            return "Invalid remark - does not start with RMRK";
        }

        bool hasVersion = false;
        ReadOnlySpan<char> op = hasOp ? NextField(ref rest, out hasVersion) : default;
        if (!hasOp || !op.SequenceEqual(opType))
        {
            return "The op code needs to be " + opType + ", but it is " + (hasOp ? op.ToString() : "undefined");
        }

        ReadOnlySpan<char> version = hasVersion ? NextField(ref rest, out _) : default;
        if (!hasVersion || !version.SequenceEqual(Version))
        {
            return "This remark was issued under version " + (hasVersion ? version.ToString() : "undefined") + " instead of " + Version;
        }

        return null;
    }

    /// <summary>
    /// <c>prefix.toUpperCase() === "RMRK"</c>. Only ASCII r, m, k upper-case to R, M, K (checked over
    /// all code points with Node 20), and upper-casing never shortens a string, so this is exact.
    /// </summary>
    private static bool IsRmrk(ReadOnlySpan<char> prefix) =>
        prefix.Length == 4
        && (prefix[0] | 0x20) == 'r' && (prefix[1] | 0x20) == 'm' && (prefix[2] | 0x20) == 'r' && (prefix[3] | 0x20) == 'k';

    /// <summary>The text up to the next "::" (or the end); <paramref name="hasNext"/> says whether a "::" followed.</summary>
    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> rest, out bool hasNext)
    {
        int i = rest.IndexOf("::".AsSpan());
        if (i < 0)
        {
            ReadOnlySpan<char> last = rest;
            rest = default;
            hasNext = false;
            return last;
        }

        ReadOnlySpan<char> field = rest[..i];
        rest = rest[(i + 2)..];
        hasNext = true;
        return field;
    }
}
