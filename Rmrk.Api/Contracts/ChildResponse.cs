namespace Rmrk.Api.Contracts;

/// <summary>An NFT nested in another: whether its owner accepted it, the slot it is equipped in, and the NFT itself.</summary>
public sealed record ChildResponse(string Id, bool Pending, string Equipped, NftResponse? Nft);
