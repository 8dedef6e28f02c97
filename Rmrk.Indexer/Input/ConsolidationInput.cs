using Rmrk.Core.Remarks;

namespace Rmrk.Indexer.Input;

/// <summary>
/// What a consolidation input file holds: rmrk-tools <c>Remark</c> objects, or a block dump, and the options
/// a fixture file carries (<c>ss58Format</c> — where null means "a falsy value" — and the emit flags).
/// </summary>
public sealed record ConsolidationInput(
    IReadOnlyList<Remark>? Remarks,
    IReadOnlyList<Block>? Blocks,
    FixtureOptions Options)
{
    public int Count => Remarks?.Count ?? Blocks?.Sum(b => b.Calls.Count) ?? 0;
}
