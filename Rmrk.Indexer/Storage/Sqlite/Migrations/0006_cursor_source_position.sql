-- Where a dump's last committed block with remarks begins (byte offset and block number): a resumed sync of a
-- plain dump file seeks there instead of reading the committed part of the file again. NULL for chain sources.
ALTER TABLE sync_cursor ADD COLUMN source_offset INTEGER;
ALTER TABLE sync_cursor ADD COLUMN source_offset_block INTEGER;
