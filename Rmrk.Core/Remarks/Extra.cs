namespace Rmrk.Core.Remarks;

/// <summary>
/// A sibling call of a remark inside the same batch (rmrk-tools <c>extra_ex</c> item): a balance
/// transfer (<c>value</c> = "dest,amount") or another remark (<c>value</c> = hex).
/// </summary>
public sealed record Extra(string Call, string Value, string Caller);
