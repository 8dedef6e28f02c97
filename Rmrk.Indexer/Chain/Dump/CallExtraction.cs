using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// Remarks extracted while a block's calls are parsed, so that a remark's hex becomes one string (the text it
/// keeps) rather than its raw text first; blocks up to <see cref="SkipThrough"/> are only counted. With a
/// <see cref="Parser"/>, each remark is parsed where its text was decoded and no string is made of the text.
/// </summary>
/// <param name="Parser">The consolidation's parser, used on the reading thread only; null to keep the texts.</param>
public sealed record CallExtraction(RemarkExtractor Extractor, long SkipThrough, InteractionParser? Parser = null);
