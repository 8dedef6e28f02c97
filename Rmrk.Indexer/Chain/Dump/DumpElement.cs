using Rmrk.Core.Remarks;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// One element of a dump file: a block (<c>{block, hash?, calls}</c>) or, in a <c>Remark[]</c> file, a remark;
/// <see cref="Offset"/> is the byte position of its <c>{</c> in the (decompressed) stream. A block read with a
/// <see cref="CallExtraction"/> holds its remarks (<see cref="Extracted"/>) instead of its calls.
/// </summary>
public readonly record struct DumpElement(long Offset, long Block, string? Hash, IReadOnlyList<BlockCall>? Calls, Remark? Remark, ExtractedCalls? Extracted = null);
