using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2;

/// <summary>rmrk-tools 2.0.0 <c>validateRemarkBase</c> on an already split remark.</summary>
public static class RemarkBaseCheck
{
    /// <summary>
    /// Null when the prefix is RMRK (any case), the op matches and the version is 2.0.0; otherwise the shared
    /// check gives the exact message.
    /// </summary>
    public static string? ValidateBase(this in RemarkFields fields, string opType)
    {
        if (fields.TryGetSpan(0, out var prefix) && prefix.Length == 4
            && (prefix[0] | 0x20) == 'r' && (prefix[1] | 0x20) == 'm' && (prefix[2] | 0x20) == 'r' && (prefix[3] | 0x20) == 'k'
            && fields.FieldEquals(1, opType) && fields.FieldEquals(2, OpCodes.Version))
        {
            return null;
        }

        return RemarkBase.Validate(fields.Text, opType);
    }
}
