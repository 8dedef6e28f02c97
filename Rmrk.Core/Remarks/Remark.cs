namespace Rmrk.Core.Remarks;

/// <summary>
/// One remark as the reference's consolidator receives it (rmrk-tools <c>Remark</c>): the block it was
/// included in, the caller (already re-encoded to the consolidation's SS58 format by the extractor),
/// the interaction type (field 2 of the text), the version, the remark text itself (URI-decoded for some
/// interactions, see the extractor) and the other calls of the same batch.
/// </summary>
/// <param name="Text">
/// Null only for a remark parsed as it was extracted (<see cref="RemarkExtractor.ExtractParsed"/>): its text was
/// read in place and never made a string, and the parse carries what the transitions quote of it.
/// </param>
public sealed record Remark(
    long Block,
    string Caller,
    string InteractionType,
    string Version,
    string? Text,
    IReadOnlyList<Extra>? Extras = null);
