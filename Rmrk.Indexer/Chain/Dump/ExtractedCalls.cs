using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// A block's calls as extraction left them: how many there were (an empty block is the dump's sentinel), the
/// remarks kept, and the error that stopped extraction, if one did, raised once the block's order is checked.
/// </summary>
/// <param name="Parsed">Each remark's parse, in order, when the extraction parsed them; otherwise null.</param>
public sealed record ExtractedCalls(int CallCount, IReadOnlyList<Remark> Remarks, string? Error, IReadOnlyList<ParsedRemark>? Parsed = null);
