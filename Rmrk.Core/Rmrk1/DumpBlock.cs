using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk1;

/// <summary>One block of an rmrk-tools block dump: <c>{block, calls: [{call, value (hex), caller, extras?}]}</c>.</summary>
public sealed record DumpBlock(long Block, IReadOnlyList<DumpCall> Calls);

/// <summary>One call of a dumped block; <c>Extras</c> are the other calls of its batch (absent when null).</summary>
public sealed record DumpCall(string Call, string Value, string Caller, IReadOnlyList<Extra>? Extras = null);
