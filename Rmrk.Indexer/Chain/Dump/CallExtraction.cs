using Rmrk.Core.Remarks;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// Remarks extracted while a block's calls are parsed, so that a remark's hex becomes one string (the text it
/// keeps) rather than its raw text first; blocks up to <see cref="SkipThrough"/> are only counted.
/// </summary>
public sealed record CallExtraction(RemarkExtractor Extractor, long SkipThrough);
