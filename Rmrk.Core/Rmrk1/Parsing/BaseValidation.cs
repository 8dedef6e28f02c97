using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk1.Parsing;

/// <summary>
/// rmrk-tools 1.0 <c>validateBase</c>: prefix (upper-cased) must be RMRK, field 2 the expected op and
/// field 3 exactly <c>1.0.0</c>, checked in that order.
/// </summary>
internal static class BaseValidation
{
    public static string? Check(string text, string op)
    {
        var fields = RemarkFields.Split(text);
        string prefix = fields[0]!;
        if (!IsRmrkIgnoringCase(prefix))
        {
            return "Invalid remark - does not start with RMRK";
        }

        string? opType = fields[1];
        if (!string.Equals(opType, op, StringComparison.Ordinal))
        {
            return $"The op code needs to be {op}, but it is {opType ?? "undefined"}";
        }

        string? version = fields[2];
        if (!string.Equals(version, OpTypes.Version, StringComparison.Ordinal))
        {
            return $"This remark was issued under version {version ?? "undefined"} instead of {OpTypes.Version}";
        }

        return null;
    }

    // JS toUpperCase maps no non-ASCII character onto R, M or K, so an ASCII comparison is exact.
    private static bool IsRmrkIgnoringCase(string prefix) =>
        prefix.Length == 4
        && (prefix[0] | 0x20) == 'r'
        && (prefix[1] | 0x20) == 'm'
        && (prefix[2] | 0x20) == 'r'
        && (prefix[3] | 0x20) == 'k';
}
