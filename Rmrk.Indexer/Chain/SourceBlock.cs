using Rmrk.Core.Remarks;

namespace Rmrk.Indexer.Chain;

/// <summary>
/// One block as the sync consumes it: its number, its hash when the source has one, its remarks in order
/// (already extracted; empty for a dump's trailing sentinel) and where it starts in the source (for errors).
/// </summary>
public sealed record SourceBlock(long Number, string? Hash, IReadOnlyList<Remark> Remarks, long Offset);
