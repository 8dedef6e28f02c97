-- The RMRK 2.0.0 state as the indexer persists it. Every field of the canonical document
-- (rmrk2-semantics.md §9) has a column; NULL means "the key is absent", never JSON null, which is
-- stored as the text 'null'. *_json columns hold JSON text (keys in canonical order).

CREATE TABLE sync_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row: the last block whose effects are committed, and the sequence counters that go with it.
CREATE TABLE sync_cursor (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    block             INTEGER NOT NULL,
    hash              TEXT,
    remarks           INTEGER NOT NULL,
    invalid_count     INTEGER NOT NULL,
    interaction_count INTEGER NOT NULL
);

CREATE TABLE collections (
    id       TEXT PRIMARY KEY,
    block    INTEGER NOT NULL,
    max      REAL,             -- NULL only for NaN
    issuer   TEXT NOT NULL,
    symbol   TEXT NOT NULL,
    metadata TEXT NOT NULL,
    count    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE collection_changes (
    collection_id        TEXT NOT NULL,
    position             INTEGER NOT NULL,
    field                TEXT NOT NULL,
    old                  TEXT NOT NULL,
    new                  TEXT NOT NULL,
    caller               TEXT NOT NULL,
    block                INTEGER NOT NULL,
    op_type              TEXT NOT NULL,
    extra_transfers_json TEXT,
    PRIMARY KEY (collection_id, position)
) WITHOUT ROWID;

CREATE TABLE bases (
    id            TEXT PRIMARY KEY,
    block         INTEGER NOT NULL,
    symbol        TEXT NOT NULL,
    type          TEXT,
    issuer        TEXT NOT NULL,
    parts_json    TEXT NOT NULL,
    themes_json   TEXT,
    metadata_json TEXT
) WITHOUT ROWID;

CREATE TABLE base_changes (
    base_id              TEXT NOT NULL,
    position             INTEGER NOT NULL,
    field                TEXT NOT NULL,
    old                  TEXT NOT NULL,
    new                  TEXT NOT NULL,
    caller               TEXT NOT NULL,
    block                INTEGER NOT NULL,
    op_type              TEXT NOT NULL,
    extra_transfers_json TEXT,
    PRIMARY KEY (base_id, position)
) WITHOUT ROWID;

CREATE TABLE nfts (
    id                 TEXT PRIMARY KEY,
    block              INTEGER NOT NULL,
    collection         TEXT NOT NULL,
    symbol             TEXT NOT NULL,
    transferable       REAL,             -- NULL only for NaN
    sn                 TEXT NOT NULL,
    metadata           TEXT,
    owner              TEXT NOT NULL,
    root_owner         TEXT NOT NULL,
    for_sale           TEXT NOT NULL,    -- the listing price in planck, a decimal BigInt; '0' = not listed
    burned             TEXT NOT NULL,
    has_equipped_field INTEGER NOT NULL,
    pending            INTEGER NOT NULL,
    properties_json    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE nft_children (
    nft_id   TEXT NOT NULL,
    position INTEGER NOT NULL,
    child_id TEXT NOT NULL,
    pending  INTEGER NOT NULL,
    equipped TEXT NOT NULL,
    PRIMARY KEY (nft_id, position)
) WITHOUT ROWID;

CREATE TABLE nft_resources (
    nft_id        TEXT NOT NULL,
    position      INTEGER NOT NULL,
    id_json       TEXT NOT NULL,
    pending       INTEGER NOT NULL,
    base          TEXT,
    metadata      TEXT,
    parts_json    TEXT,
    replace       TEXT,
    slot          TEXT,
    src           TEXT,
    theme_json    TEXT,
    theme_id_json TEXT,
    thumb         TEXT,
    PRIMARY KEY (nft_id, position)
) WITHOUT ROWID;

CREATE TABLE nft_priority (
    nft_id     TEXT NOT NULL,
    position   INTEGER NOT NULL,
    value_json TEXT NOT NULL,
    PRIMARY KEY (nft_id, position)
) WITHOUT ROWID;

-- One row per emoji; the accounts as a JSON array because an emptied reaction keeps its key ([]).
CREATE TABLE nft_reactions (
    nft_id        TEXT NOT NULL,
    position      INTEGER NOT NULL,
    emoji         TEXT NOT NULL,
    accounts_json TEXT NOT NULL,
    PRIMARY KEY (nft_id, position)
) WITHOUT ROWID;

CREATE TABLE nft_changes (
    nft_id               TEXT NOT NULL,
    position             INTEGER NOT NULL,
    field                TEXT NOT NULL,
    old                  TEXT NOT NULL,
    new                  TEXT NOT NULL,
    caller               TEXT NOT NULL,
    block                INTEGER NOT NULL,
    op_type              TEXT NOT NULL,
    extra_transfers_json TEXT,
    PRIMARY KEY (nft_id, position)
) WITHOUT ROWID;

-- Rejected remarks in consolidation order.
CREATE TABLE invalid (
    seq       INTEGER PRIMARY KEY,
    block     INTEGER NOT NULL,
    caller    TEXT NOT NULL,
    op_type   TEXT NOT NULL,
    object_id TEXT NOT NULL,
    message   TEXT NOT NULL
);

-- The interaction-changes log (only with --emit-interaction-changes).
CREATE TABLE interaction_changes (
    seq            INTEGER PRIMARY KEY,
    op_type        TEXT NOT NULL,
    id             TEXT NOT NULL,
    children_json  TEXT,
    resources_json TEXT
);
