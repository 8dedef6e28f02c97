namespace Rmrk.Core.Rmrk1;

/// <summary>
/// The 1.0 Consolidator's constructor arguments. <c>Ss58Format</c> is used only by BUY, to re-encode the
/// transfer destination; 0 (falsy in the reference, fixture <c>ss58Format: null</c>) compares it as written.
/// </summary>
public sealed record Rmrk1Options(int Ss58Format = 2, bool EmitEmoteChanges = false, bool EmitInteractionChanges = false)
{
    public static Rmrk1Options Default { get; } = new();
}
