using Rmrk.Core.Remarks;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// One element of a dump file: a block (<c>{block, hash?, calls}</c>) or, in a <c>Remark[]</c> file, a remark;
/// <see cref="Offset"/> is the byte position of its <c>{</c> in the (decompressed) stream. A block read with a
/// <see cref="CallExtraction"/> holds its remarks (<see cref="Extracted"/>) instead of its calls.
/// </summary>
public readonly record struct DumpElement(long Offset, long Block, string? Hash, IReadOnlyList<BlockCall>? Calls, Remark? Remark, ExtractedCalls? Extracted = null);

/// <summary>
/// A block's calls as extraction left them: how many there were (an empty block is the dump's sentinel), the
/// remarks kept, and the error that stopped extraction, if one did, raised once the block's order is checked.
/// </summary>
public sealed record ExtractedCalls(int CallCount, IReadOnlyList<Remark> Remarks, string? Error);

/// <summary>
/// Remarks extracted while a block's calls are parsed, so that a remark's hex becomes one string (the text it
/// keeps) rather than its raw text first; blocks up to <see cref="SkipThrough"/> are only counted.
/// </summary>
public sealed record CallExtraction(RemarkExtractor Extractor, long SkipThrough);
