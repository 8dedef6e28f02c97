namespace Rmrk.Core.Rmrk2;

/// <summary>
/// Why a remark was rejected: a code in the spec's words, the entity the reference names in
/// <c>invalid[].object_id</c>, and the reference's exact message.
/// </summary>
public sealed record Rejection(RejectionCode Code, string ObjectId, string Message);
