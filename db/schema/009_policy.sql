-- 009_policy: who may do what, the version every write of a person
-- carries, drafts' text history and what each reviewer last saw, and a
-- tamper-evident audit trail.

-- A login may hold several roles (a lone prosecutor who also administers
-- the tool: 承办检察官 + 管理员). users.role stays as the first role.
CREATE TABLE user_roles (
	login TEXT NOT NULL REFERENCES users(login) ON DELETE CASCADE,
	role  TEXT NOT NULL CHECK (role IN ('承办检察官','部门负责人','检察长','书记员','管理员')),
	granted_by TEXT,
	granted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	PRIMARY KEY (login, role)
) WITHOUT ROWID;
INSERT INTO user_roles(login, role) SELECT login, role FROM users;

-- Optimistic concurrency: every change of a lead's label or a fact's
-- review bumps its version; a person's write names the version they saw.
ALTER TABLE leads ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE facts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Drafts: every text a draft had, so a reviewer can see what changed
-- since the version they last read; and what each person last read.
CREATE TABLE draft_texts (
	draft_id INTEGER NOT NULL REFERENCES drafts(id),
	version  INTEGER NOT NULL,
	body     TEXT NOT NULL,
	status   TEXT NOT NULL,
	login    TEXT NOT NULL,
	at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	PRIMARY KEY (draft_id, version)
) WITHOUT ROWID;
INSERT INTO draft_texts(draft_id, version, body, status, login) SELECT id, version, body, status, author FROM drafts;
CREATE TABLE draft_seen (
	draft_id INTEGER NOT NULL REFERENCES drafts(id),
	login    TEXT NOT NULL,
	version  INTEGER NOT NULL,
	at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	PRIMARY KEY (draft_id, login)
) WITHOUT ROWID;
-- A revision of an issued draft is a new draft that names the one it revises.
ALTER TABLE drafts ADD COLUMN revises_id INTEGER REFERENCES drafts(id);
ALTER TABLE drafts ADD COLUMN signed_on TEXT;        -- 成文日期, set when issued

-- The audit trail is a hash chain: each row's hash covers the row and the
-- hash before it (src/store/audit.c); `jianzhi audit verify` finds the
-- first row that does not fit. Rows written before this migration are
-- chained when the database is next opened.
ALTER TABLE audit ADD COLUMN prev_hash TEXT;
ALTER TABLE audit ADD COLUMN hash TEXT;
CREATE INDEX audit_login ON audit(login, at);
CREATE INDEX audit_at ON audit(at);
