namespace Rmrk.Api.Queries;

/// <summary>A row of <c>nft_children</c>; <see cref="ChildKey"/> is the child's id as stored.</summary>
internal sealed record ChildRow(string NftId, long Position, string ChildId, byte[] ChildKey, long Pending, string Equipped);
