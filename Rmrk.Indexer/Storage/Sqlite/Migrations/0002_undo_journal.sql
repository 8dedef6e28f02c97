-- Undo journal for blocks applied before they were final (rmrk sync --unfinalized; chain-input.md §5).
-- Per journaled block: the cursor before it (undo_blocks), the entities it touched (undo_touched) and the
-- rows those entities had before it (undo_<table>, same columns as <table>). Undoing a block deletes the
-- touched entities' rows, puts the saved ones back, cuts the logs back to the old counts and restores the
-- cursor, in one transaction. Rows are pruned once the block is final. Kept in step with 0001 by hand:
-- a column added to an entity table must be added to its undo_ twin (the copy statements name every column).

CREATE TABLE undo_blocks (
    block                       INTEGER PRIMARY KEY,
    hash                        TEXT,
    prev_block                  INTEGER,  -- NULL: no cursor before this block
    prev_hash                   TEXT,
    prev_remarks                INTEGER NOT NULL,
    prev_invalid_count          INTEGER NOT NULL,
    prev_interaction_count      INTEGER NOT NULL
);

CREATE TABLE undo_touched (
    block INTEGER NOT NULL,
    kind  TEXT NOT NULL,   -- 'nft', 'collection', 'base'
    id    TEXT NOT NULL,
    PRIMARY KEY (block, kind, id)
) WITHOUT ROWID;

CREATE TABLE undo_nfts (
    undo_block INTEGER NOT NULL,
    id TEXT,
    block INTEGER,
    collection TEXT,
    symbol TEXT,
    transferable REAL,
    sn TEXT,
    metadata TEXT,
    owner TEXT,
    root_owner TEXT,
    for_sale TEXT,
    burned TEXT,
    has_equipped_field INTEGER,
    pending INTEGER,
    properties_json TEXT
);
CREATE INDEX undo_nfts_block ON undo_nfts (undo_block);

CREATE TABLE undo_nft_children (
    undo_block INTEGER NOT NULL,
    nft_id TEXT,
    position INTEGER,
    child_id TEXT,
    pending INTEGER,
    equipped TEXT
);
CREATE INDEX undo_nft_children_block ON undo_nft_children (undo_block);

CREATE TABLE undo_nft_resources (
    undo_block INTEGER NOT NULL,
    nft_id TEXT,
    position INTEGER,
    id_json TEXT,
    pending INTEGER,
    base TEXT,
    metadata TEXT,
    parts_json TEXT,
    replace TEXT,
    slot TEXT,
    src TEXT,
    theme_json TEXT,
    theme_id_json TEXT,
    thumb TEXT
);
CREATE INDEX undo_nft_resources_block ON undo_nft_resources (undo_block);

CREATE TABLE undo_nft_priority (
    undo_block INTEGER NOT NULL,
    nft_id TEXT,
    position INTEGER,
    value_json TEXT
);
CREATE INDEX undo_nft_priority_block ON undo_nft_priority (undo_block);

CREATE TABLE undo_nft_reactions (
    undo_block INTEGER NOT NULL,
    nft_id TEXT,
    position INTEGER,
    emoji TEXT,
    accounts_json TEXT
);
CREATE INDEX undo_nft_reactions_block ON undo_nft_reactions (undo_block);

CREATE TABLE undo_nft_changes (
    undo_block INTEGER NOT NULL,
    nft_id TEXT,
    position INTEGER,
    field TEXT,
    old TEXT,
    new TEXT,
    caller TEXT,
    block INTEGER,
    op_type TEXT,
    extra_transfers_json TEXT
);
CREATE INDEX undo_nft_changes_block ON undo_nft_changes (undo_block);

CREATE TABLE undo_collections (
    undo_block INTEGER NOT NULL,
    id TEXT,
    block INTEGER,
    max REAL,
    issuer TEXT,
    symbol TEXT,
    metadata TEXT,
    count INTEGER
);
CREATE INDEX undo_collections_block ON undo_collections (undo_block);

CREATE TABLE undo_collection_changes (
    undo_block INTEGER NOT NULL,
    collection_id TEXT,
    position INTEGER,
    field TEXT,
    old TEXT,
    new TEXT,
    caller TEXT,
    block INTEGER,
    op_type TEXT,
    extra_transfers_json TEXT
);
CREATE INDEX undo_collection_changes_block ON undo_collection_changes (undo_block);

CREATE TABLE undo_bases (
    undo_block INTEGER NOT NULL,
    id TEXT,
    block INTEGER,
    symbol TEXT,
    type TEXT,
    issuer TEXT,
    parts_json TEXT,
    themes_json TEXT,
    metadata_json TEXT
);
CREATE INDEX undo_bases_block ON undo_bases (undo_block);

CREATE TABLE undo_base_changes (
    undo_block INTEGER NOT NULL,
    base_id TEXT,
    position INTEGER,
    field TEXT,
    old TEXT,
    new TEXT,
    caller TEXT,
    block INTEGER,
    op_type TEXT,
    extra_transfers_json TEXT
);
CREATE INDEX undo_base_changes_block ON undo_base_changes (undo_block);
