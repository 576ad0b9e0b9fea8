-- 006_documents: scanned enforcement documents, their pages (with a
-- trigram full-text index for Chinese) and the facts extracted from them,
-- each with document, page, line and span. (Numbered after 005 so that
-- databases created before it still receive it.)

CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	sha256      TEXT NOT NULL UNIQUE,         -- the same file is never OCRed twice
	path        TEXT NOT NULL,
	case_id     INTEGER REFERENCES cases(id),
	kind        TEXT,                         -- 终本裁定书, 执行通知书 …
	pages       INTEGER NOT NULL DEFAULT 0,
	imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	imported_by TEXT NOT NULL
);
CREATE INDEX documents_case ON documents(case_id);

CREATE TABLE pages (
	id         INTEGER PRIMARY KEY,
	doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	page_no    INTEGER NOT NULL,
	text       TEXT NOT NULL DEFAULT '',
	confidence REAL,
	engine     TEXT NOT NULL DEFAULT '',
	settings   TEXT NOT NULL DEFAULT '',
	low_conf   INTEGER NOT NULL DEFAULT 0,     -- flagged for review
	error      TEXT,                           -- why the page could not be read
	UNIQUE (doc_id, page_no)
);

CREATE VIRTUAL TABLE pages_fts USING fts5(text, content='pages', content_rowid='id', tokenize='trigram');
CREATE TRIGGER pages_fts_ins AFTER INSERT ON pages
BEGIN INSERT INTO pages_fts(rowid, text) VALUES (NEW.id, NEW.text); END;
CREATE TRIGGER pages_fts_del AFTER DELETE ON pages
BEGIN INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text); END;
CREATE TRIGGER pages_fts_upd AFTER UPDATE OF text ON pages
BEGIN
	INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
	INSERT INTO pages_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;

CREATE TABLE facts (
	id         INTEGER PRIMARY KEY,
	case_id    INTEGER REFERENCES cases(id),
	doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	page_id    INTEGER REFERENCES pages(id),
	line       INTEGER,
	span_start INTEGER,
	span_end   INTEGER,
	field      TEXT NOT NULL,
	value      TEXT NOT NULL,
	raw        TEXT,
	amount_fen INTEGER,
	confidence REAL,
	status     TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed','confirmed','corrected','rejected')),
	created_by TEXT NOT NULL,
	created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
);
CREATE INDEX facts_case ON facts(case_id, field);
CREATE INDEX facts_doc ON facts(doc_id, page_id);

-- A fact a person confirms or corrects may change what the rules find.
CREATE TRIGGER dirty_fact_review AFTER UPDATE OF status, value ON facts WHEN NEW.case_id IS NOT NULL
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (NEW.case_id); END;
