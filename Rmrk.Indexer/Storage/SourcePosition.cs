namespace Rmrk.Indexer.Storage;

/// <summary>
/// Where, in a dump, the last committed block that carried remarks begins: the byte offset of its element (in the
/// uncompressed stream) and its number. A resumed sync of a plain dump file seeks there instead of reading the
/// committed part again, once the element found there proves to be that block.
/// </summary>
public sealed record SourcePosition(long Offset, long Block);
