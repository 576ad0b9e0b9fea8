-- 001_core: courts, cases, parties, events, registry records, users, audit.
-- Every fact row carries provenance: src_file_id + src_row (an import file
-- and its row), or doc_id/page_no/line (a scanned page, see 003), or
-- created_by (a person). Money is integer fen; dates ISO YYYY-MM-DD text.

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE users (
	login   TEXT PRIMARY KEY,                 -- OS login name
	name    TEXT NOT NULL DEFAULT '',
	role    TEXT NOT NULL CHECK (role IN ('承办检察官','部门负责人','检察长','书记员','管理员')),
	active  INTEGER NOT NULL DEFAULT 1,
	created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
);

-- Append-only: who changed what, with the row before and after (JSON).
CREATE TABLE audit (
	id      INTEGER PRIMARY KEY,
	at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	login   TEXT NOT NULL,
	action  TEXT NOT NULL,                    -- e.g. 'label', 'import', 'draft.approve'
	tbl     TEXT NOT NULL DEFAULT '',
	row_id  INTEGER,
	before  TEXT,
	after   TEXT,
	note    TEXT
);
CREATE INDEX audit_row ON audit(tbl, row_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

-- One row per file read by any importer (ledger, registry, events, scans).
CREATE TABLE import_files (
	id          INTEGER PRIMARY KEY,
	kind        TEXT NOT NULL,                -- 'cases', 'registry:不动产', 'events', ...
	path        TEXT NOT NULL,
	sha256      TEXT,
	format      TEXT,                         -- 'csv' / 'xlsx'
	encoding    TEXT,                         -- 'UTF-8' / 'GB18030'
	imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	imported_by TEXT NOT NULL,
	rows_read     INTEGER NOT NULL DEFAULT 0,
	rows_new      INTEGER NOT NULL DEFAULT 0,
	rows_updated  INTEGER NOT NULL DEFAULT 0,
	rows_dup      INTEGER NOT NULL DEFAULT 0,
	rows_rejected INTEGER NOT NULL DEFAULT 0,
	rows_warned   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE courts (
	id    INTEGER PRIMARY KEY,
	code  TEXT NOT NULL UNIQUE,               -- 法院代字: 浙0683, 浙06, 浙, 最高法
	name  TEXT NOT NULL DEFAULT '',           -- 嵊州市人民法院
	level TEXT NOT NULL DEFAULT ''            -- 最高/高级/中级/基层
);

CREATE TABLE cases (
	id             INTEGER PRIMARY KEY,
	case_no        TEXT NOT NULL UNIQUE,      -- normalised: （2023）浙0683执1234号
	year           INTEGER,
	court_code     TEXT,
	type_code      TEXT,                      -- 执 / 执恢 / 执保 ...
	seq            INTEGER,
	court_id       INTEGER REFERENCES courts(id),
	filing_date    TEXT,                      -- 立案日期
	closing_date   TEXT,                      -- 结案日期
	closing_method TEXT,                      -- 执行完毕 / 终结本次执行程序 / ...
	cause          TEXT,                      -- 案由
	claim_fen      INTEGER,                   -- 申请执行标的
	paid_fen       INTEGER,                   -- 实际到位金额
	basis_no       TEXT,                      -- 执行依据文书号
	judge          TEXT,                      -- 承办人
	zb_reason      TEXT,                      -- 终本理由
	src_file_id    INTEGER REFERENCES import_files(id),
	src_row        INTEGER,
	row_hash       TEXT,                      -- hash of the normalised row: spots exact duplicates
	created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
);
CREATE INDEX cases_court   ON cases(court_code, filing_date);
CREATE INDEX cases_filing  ON cases(filing_date, id);
CREATE INDEX cases_closing ON cases(closing_method, closing_date);
CREATE INDEX cases_judge   ON cases(judge);

-- A person (身份证号) or an organisation (统一社会信用代码). Parties with an
-- ID number are one row per ID; without one, one row per exact name.
CREATE TABLE parties (
	id        INTEGER PRIMARY KEY,
	name      TEXT NOT NULL,
	kind      TEXT NOT NULL DEFAULT 'unknown' CHECK (kind IN ('person','org','unknown')),
	id_no     TEXT,                           -- upper-case, as given
	id_valid  INTEGER,                        -- 1 check character right, 0 wrong, NULL none
	birth_date TEXT,                          -- from a valid 身份证号
	phone     TEXT,
	address   TEXT,
	created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
);
CREATE UNIQUE INDEX parties_id_no ON parties(id_no) WHERE id_no IS NOT NULL;
CREATE UNIQUE INDEX parties_name_noid ON parties(name) WHERE id_no IS NULL;
CREATE INDEX parties_name ON parties(name);

CREATE TABLE case_parties (
	case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	party_id INTEGER NOT NULL REFERENCES parties(id),
	-- Spelled as ORs: an IN list makes SQLite build a temporary index on
	-- every insert, which dominated bulk imports.
	role     TEXT NOT NULL CHECK (role = '申请执行人' OR role = '被执行人' OR role = '案外人'
				OR role = '担保人' OR role = '协助执行人' OR role = '买受人'),
	src_file_id INTEGER REFERENCES import_files(id),
	src_row  INTEGER,
	PRIMARY KEY (case_id, role, party_id)
) WITHOUT ROWID;
CREATE INDEX case_parties_party ON case_parties(party_id, role);

-- Case events and measures (执行通知, 查封, 拍卖, 案款到账 ...). kind is a
-- fixed vocabulary (see docs/data-model.md); item/amount/value/end_date
-- carry the details a rule needs; detail holds the rest as JSON.
CREATE TABLE events (
	id          INTEGER PRIMARY KEY,
	case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	kind        TEXT NOT NULL,
	event_date  TEXT,
	end_date    TEXT,                         -- 查封到期日, 限期, 发放截止 ...
	item        TEXT,                         -- seized item, channel, payee ...
	amount_fen  INTEGER,                      -- 冻结/到账/发放/成交 amount
	value_fen   INTEGER,                      -- 评估价 / item value
	price_fen   INTEGER,                      -- 起拍价
	counterparty TEXT,                        -- 买受人, 协助单位 ...
	counterparty_id TEXT,
	detail      TEXT,                         -- JSON for anything else
	src_file_id INTEGER REFERENCES import_files(id),
	src_row     INTEGER,
	created_by  TEXT
);
CREATE INDEX events_case ON events(case_id, kind, event_date);
CREATE INDEX events_kind ON events(kind, event_date);

-- Registry data (不动产, 车辆, 公积金, 股权, 存款, 出行, 企业登记) about a
-- party. match is how the row was tied to the party: 'id' (身份证号/信用代码)
-- or 'name' (exact name only: weaker).
CREATE TABLE registry_records (
	id          INTEGER PRIMARY KEY,
	kind        TEXT NOT NULL CHECK (kind = '不动产' OR kind = '车辆' OR kind = '公积金' OR kind = '股权'
				OR kind = '存款' OR kind = '出行' OR kind = '企业登记'),
	party_id    INTEGER REFERENCES parties(id),
	match       TEXT CHECK (match IN ('id','name')),
	holder_name TEXT NOT NULL,
	holder_id   TEXT,
	item        TEXT,                         -- 房屋坐落 / 车牌号 / 公司名称 / 航班 ...
	reg_no      TEXT,                         -- 不动产权证号 / VIN / 账号 ...
	value_fen   INTEGER,                      -- 评估值 / 余额 / 出资额
	start_date  TEXT,                         -- 登记日 / 出行日
	end_date    TEXT,                         -- 注销日 / 转出日 (NULL: still held)
	detail      TEXT,                         -- JSON
	src_file_id INTEGER REFERENCES import_files(id),
	src_row     INTEGER
);
CREATE INDEX registry_party ON registry_records(party_id, kind, start_date);
CREATE INDEX registry_kind  ON registry_records(kind, start_date);
