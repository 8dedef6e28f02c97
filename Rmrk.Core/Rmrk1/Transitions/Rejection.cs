namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// A rejected 1.0 remark: a code, the id the reference records as <c>object_id</c> and its exact message.
/// A value, never an exception: invalid remarks are routine input.
/// </summary>
public readonly record struct Rejection(RejectionCode Code, string ObjectId, string Message);
