namespace Rmrk.Api.Queries;

/// <summary>A row of <c>nft_children</c>.</summary>
internal sealed record ChildRow(string NftId, long Position, string ChildId, long Pending, string Equipped);
