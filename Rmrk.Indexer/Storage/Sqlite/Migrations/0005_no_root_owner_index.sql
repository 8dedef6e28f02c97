-- No query reads NFTs by root owner: the API lists an account's NFTs by owner and reaches what is nested in them
-- through nft_children. The index still cost every commit its upkeep, and a bulk replay its build at the serial
-- end of the run (about 0.15 s of a 1M-remark replay, 27 MB of its database).
DROP INDEX IF EXISTS nfts_by_root_owner;
