namespace Rmrk.Core.Rmrk2.State;

/// <summary>
/// One entry of the interaction-changes log (rmrk2-semantics.md §7): <c>{OP: id}</c>, plus
/// <c>CHILDREN</c> for SEND/BUY and <c>CHILDREN</c>+<c>RESOURCES</c> for ACCEPT.
/// </summary>
public sealed record InteractionChange(
    string OpType,
    string Id,
    IReadOnlyList<string>? Children = null,
    IReadOnlyList<string>? Resources = null);
