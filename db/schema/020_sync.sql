-- 020_sync: a province database made of its offices' databases
-- (docs/scale.md). Each office exports a snapshot (jianzhi sync export);
-- the province imports them (jianzhi sync import), each office's rows with
-- ids in its own range: office_no << 32 plus the office's own id, so every
-- row keeps a stable global key (office, id). Parties, courts and bank
-- accounts are shared: the same ID number, court code or account number
-- is one row, whichever office brought it first.
CREATE TABLE sync_offices (
	office_no   INTEGER PRIMARY KEY CHECK (office_no BETWEEN 1 AND 1000000),
	code        TEXT NOT NULL UNIQUE,          -- the office's settings office.code
	exported_at TEXT,                          -- when its last imported snapshot was taken
	imported_at TEXT,
	imported_by TEXT,
	cases       INTEGER NOT NULL DEFAULT 0,    -- cases it brought
	skipped     INTEGER NOT NULL DEFAULT 0     -- its cases another office had brought first
);
