namespace Rmrk.Core.Rmrk2;

/// <summary>
/// A remark after the state-free half of consolidation: the interaction it carries (one of the records in
/// <see cref="Interactions"/>), or the rejection for a payload that could not be read. Both are null for a
/// remark that is not a 2.0.0 op, which leaves no trace.
/// </summary>
public readonly record struct ParsedRemark(object? Interaction, Rejection? Malformed);
