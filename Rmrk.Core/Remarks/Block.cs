namespace Rmrk.Core.Remarks;

/// <summary>One element of an rmrk-tools dump: a block number and its remark calls (chain-input.md §2).</summary>
public sealed record Block(long Number, IReadOnlyList<BlockCall> Calls);
