using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Indexer.Chain;

/// <summary>
/// One block as the sync consumes it: its number, its hash when the source has one, its remarks in order
/// (already extracted; empty for a dump's trailing sentinel) and where it starts in the source (for errors).
/// </summary>
public sealed record SourceBlock(long Number, string? Hash, IReadOnlyList<Remark> Remarks, long Offset)
{
    /// <summary>
    /// The remarks already parsed (one per remark, in order) by a <see cref="ParsingBlockSource"/>, or as they were
    /// extracted by a <see cref="Dump.DumpBlockSource"/> with a parser (those remarks keep no text); null when the
    /// consolidator is to parse them itself.
    /// </summary>
    public IReadOnlyList<ParsedRemark>? Parsed { get; init; }
}
