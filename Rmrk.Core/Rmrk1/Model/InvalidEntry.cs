namespace Rmrk.Core.Rmrk1.Model;

/// <summary>
/// One rejected remark as the reference records it in <c>invalid</c>: the op, the remark's block and raw
/// caller, the id the remark addressed (or the whole remark text when it did not parse) and the exact message.
/// </summary>
public sealed record InvalidEntry(string OpType, long Block, string Caller, string ObjectId, string Message);
