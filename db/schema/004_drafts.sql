-- 004_drafts: drafts of 检察建议书 and letters, their review, the 文号 they
-- are issued under, the court's reply and the outcome.

CREATE TABLE drafts (
	id          INTEGER PRIMARY KEY,
	lead_id     INTEGER REFERENCES leads(id),
	case_id     INTEGER REFERENCES cases(id),
	template    TEXT NOT NULL,
	kind        TEXT NOT NULL DEFAULT '检察建议',   -- 检察建议 / 移送 / 报告 (from the template)
	title       TEXT NOT NULL,
	body        TEXT NOT NULL,
	status      TEXT NOT NULL DEFAULT '草稿' CHECK (status IN
	            ('草稿','已提交','已退回','已批准','已发出','已回复','跟进监督')),
	version     INTEGER NOT NULL DEFAULT 1,          -- optimistic locking: a stale save is refused
	author      TEXT NOT NULL,
	reviewer    TEXT,
	doc_no      TEXT UNIQUE,                         -- allocated when issued, never reused
	created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	submitted_at TEXT, approved_at TEXT, issued_at TEXT,
	reply_due   TEXT,                                -- issued + 3 months (setting drafts.reply_months)
	reply_at    TEXT,
	outcome     TEXT CHECK (outcome IS NULL OR outcome IN ('采纳','部分采纳','不采纳')),
	resumed     INTEGER,                             -- the court resumed enforcement
	recovered_fen INTEGER                            -- 到位金额 after the supervision
);
CREATE INDEX drafts_case ON drafts(case_id);
CREATE INDEX drafts_status ON drafts(status, reply_due);

CREATE TABLE draft_comments (
	id       INTEGER PRIMARY KEY,
	draft_id INTEGER NOT NULL REFERENCES drafts(id),
	login    TEXT NOT NULL,
	at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	text     TEXT NOT NULL
);
CREATE INDEX draft_comments_draft ON draft_comments(draft_id, id);

-- The last number issued per year and document type (建/移/报).
CREATE TABLE doc_numbers (
	year INTEGER NOT NULL,
	type TEXT NOT NULL,
	last INTEGER NOT NULL,
	PRIMARY KEY (year, type)
);
