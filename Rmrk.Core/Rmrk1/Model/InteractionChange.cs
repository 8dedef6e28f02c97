namespace Rmrk.Core.Rmrk1.Model;

/// <summary>One entry of the optional top-level <c>changes</c> list: <c>{OP: id}</c> per successful interaction.</summary>
public readonly record struct InteractionChange(string OpType, string Id);
