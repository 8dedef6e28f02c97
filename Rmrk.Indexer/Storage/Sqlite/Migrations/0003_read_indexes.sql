-- The read API (Rmrk.Api) lists an account's NFTs by owner and by root owner; without these indexes each
-- wallet request would scan every NFT.
CREATE INDEX nfts_by_owner ON nfts (owner, id);
CREATE INDEX nfts_by_root_owner ON nfts (root_owner, id);
