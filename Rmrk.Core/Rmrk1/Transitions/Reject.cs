namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>Builds a <see cref="Rejection"/>; the texts themselves stay next to the check that emits them.</summary>
internal static class Reject
{
    public static bool With(RejectionCode code, string objectId, string message, out Rejection rejection)
    {
        rejection = new Rejection(code, objectId, message);
        return false;
    }
}
