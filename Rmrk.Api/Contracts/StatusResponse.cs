namespace Rmrk.Api.Contracts;

/// <summary>How far the database is synced and what it holds.</summary>
public sealed record StatusResponse(long Block, string? Hash, long Remarks, long Nfts, long Collections, long Bases, long Invalid);
