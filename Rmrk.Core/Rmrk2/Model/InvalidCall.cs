namespace Rmrk.Core.Rmrk2.Model;

/// <summary>An entry of <c>invalid</c>: a rejected remark and the reference's reason.</summary>
public sealed record InvalidCall(string OpType, long Block, string Caller, string ObjectId, string Message);
