using Rmrk.Core.Remarks;
namespace Rmrk.Core.Rmrk1.Parsing;

/// <summary>The shared start of every non-JSON op: base check, then field 4 must exist (<c>At path: id</c>).</summary>
internal static class IdOnly
{
    public static bool TryParse(string text, string op, out string id, out string error)
    {
        id = string.Empty;
        error = BaseValidation.Check(text, op) ?? string.Empty;
        if (error.Length > 0)
        {
            return false;
        }

        string? field = RemarkFields.Split(text)[3];
        if (field is null)
        {
            error = StructMessages.AtPath("id", StructMessages.ExpectedString((string?)null));
            return false;
        }

        id = field;
        return true;
    }
}
