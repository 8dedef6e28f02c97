namespace Rmrk.Api.Queries;

/// <summary>The cursor and the counts in one row.</summary>
internal sealed record StatusRow(long? Block, string? Hash, long? Remarks, long Nfts, long Collections, long Bases, long Invalid);
