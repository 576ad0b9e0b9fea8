-- 008_import: what the one import engine writes beyond 001 — case families,
-- every detail an event row carries as a column the rules can read,
-- registry records with their own columns and their history, and how each
-- record is tied to a party.

-- A 执恢 (resumed) case names the case it resumes; other related cases too.
ALTER TABLE cases ADD COLUMN prior_case_no TEXT;     -- 原案号, normalised
CREATE INDEX cases_prior ON cases(prior_case_no) WHERE prior_case_no IS NOT NULL;

-- Event details (data-formats.md): auction round and platform, the claims
-- ahead of the applicant, an indivisible item, why property cannot be
-- disposed of, the outcome of a step, the price it sold for.
ALTER TABLE events ADD COLUMN deal_fen INTEGER;         -- 成交价
ALTER TABLE events ADD COLUMN round TEXT;               -- 1, 2, 变卖
ALTER TABLE events ADD COLUMN platform TEXT;            -- 拍卖平台
ALTER TABLE events ADD COLUMN priority_fen INTEGER;     -- 优先债权 / 抵押债权
ALTER TABLE events ADD COLUMN indivisible INTEGER;      -- 1: 不可分物
ALTER TABLE events ADD COLUMN obstacle TEXT;            -- 处置障碍
ALTER TABLE events ADD COLUMN result TEXT;              -- 结果 / 状态
ALTER TABLE events ADD COLUMN note TEXT;                -- 备注
UPDATE events SET round = json_extract(detail, '$.round'), note = json_extract(detail, '$.note')
	WHERE detail IS NOT NULL AND json_valid(detail);

-- Registry records, rebuilt: every field the rules read as a column, any
-- kind the importer accepts (户籍 for a death date; the list is checked in
-- src/import/registry.c), and a hash of the normalised content to spot a
-- re-export that changed.
CREATE TABLE registry_new (
	id          INTEGER PRIMARY KEY,
	kind        TEXT NOT NULL,                -- 不动产 车辆 公积金 股权 存款 出行 企业登记 户籍
	party_id    INTEGER REFERENCES parties(id),
	match       TEXT CHECK (match IN ('id','name')),
	holder_name TEXT NOT NULL,
	holder_id   TEXT,
	item        TEXT,                         -- 坐落 / 车牌 / 企业名称 / 航班车次 …
	reg_no      TEXT,                         -- 不动产权证号 / VIN / 账号 …
	value_fen   INTEGER,                      -- 评估值 / 余额 / 出资额
	start_date  TEXT,                         -- 登记日 / 出行日 / 任职日
	end_date    TEXT,                         -- 注销 / 转出 / 离任 / 死亡日期 (NULL: still held)
	mode        TEXT,                         -- 出行: 航空 / 铁路
	seat        TEXT,                         -- 舱位 / 席别
	role        TEXT,                         -- 企业登记: 法定代表人 / 股东 / 监事 …
	to_name     TEXT,                         -- 受让人
	to_id       TEXT,
	price_fen   INTEGER,                      -- 转让价格
	share       TEXT,                         -- 持股比例
	from_place  TEXT,
	dest_place  TEXT,
	phone       TEXT,
	address     TEXT,
	detail      TEXT,                         -- JSON for anything else
	row_hash    TEXT,
	src_file_id INTEGER REFERENCES import_files(id),
	src_row     INTEGER
);
INSERT INTO registry_new(id, kind, party_id, match, holder_name, holder_id, item, reg_no, value_fen, start_date,
	end_date, mode, role, to_name, from_place, dest_place, detail, src_file_id, src_row)
SELECT id, kind, party_id, match, holder_name, holder_id, item, reg_no, value_fen, start_date, end_date,
	json_extract(detail, '$.mode'), json_extract(detail, '$.role'), json_extract(detail, '$.to'),
	json_extract(detail, '$.from'), json_extract(detail, '$.dest'), detail, src_file_id, src_row
FROM registry_records;
DROP TABLE registry_records;
ALTER TABLE registry_new RENAME TO registry_records;
CREATE INDEX registry_party ON registry_records(party_id, kind, start_date);
CREATE INDEX registry_kind  ON registry_records(kind, start_date);
CREATE INDEX registry_kind_party ON registry_records(kind, party_id, start_date);
-- The key of a record across exports: a later export of the same record
-- updates it (the old version goes to registry_history).
CREATE INDEX registry_key ON registry_records(kind, holder_name, reg_no, item, start_date);
CREATE INDEX registry_holder_id ON registry_records(holder_id) WHERE holder_id IS NOT NULL;
CREATE INDEX registry_holder_name ON registry_records(holder_name);
CREATE TRIGGER dirty_registry_ins AFTER INSERT ON registry_records WHEN NEW.party_id IS NOT NULL
BEGIN INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.party_id; END;
CREATE TRIGGER dirty_registry_upd AFTER UPDATE ON registry_records
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.party_id;
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = OLD.party_id;
END;

CREATE TABLE registry_history (
	id          INTEGER PRIMARY KEY,
	record_id   INTEGER NOT NULL REFERENCES registry_records(id) ON DELETE CASCADE,
	replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	by_file_id  INTEGER REFERENCES import_files(id),
	before      TEXT NOT NULL                      -- the record as it was (JSON)
);
CREATE INDEX registry_history_record ON registry_history(record_id);

-- registry_records.match is how a record is tied to its party:
--   id    the 身份证号 / 统一社会信用代码 is the party's
--   name  no ID on the record, and exactly one party has the name (weak)
-- A record whose ID belongs to nobody, or whose holder shares a name with a
-- party that has a different ID, is left unlinked (party_id NULL): an ID
-- conflict always wins over a name. Links are recomputed after every import
-- of parties or records, so the import order does not matter.
