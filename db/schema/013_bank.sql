-- 013_bank: bank statements (交易流水), and related parties as data.
--
-- Bank accounts are tied to parties like registry records (008), by the
-- strongest evidence available:
--   given    the user named the party on import (--party)
--   id       the holder's 身份证号 / 统一社会信用代码 is the party's
--   account  a 存款 registry record of the party has this account number
--   name     no ID on the account, exactly one party has the holder's name,
--            and that party has no other ID (weak)
-- An ID conflict always wins over a name or a registry record: an account
-- whose holder ID differs from a party's is never tied to it. Links are
-- recomputed after every ledger, registry and bank import (any order).

CREATE TABLE bank_accounts (
	id          INTEGER PRIMARY KEY,
	account_no  TEXT NOT NULL UNIQUE,         -- 账号/卡号 without spaces or dashes
	holder_name TEXT,                         -- 户名
	holder_id   TEXT,                         -- 证件号码, normalised
	bank        TEXT,                         -- 开户行
	party_id    INTEGER REFERENCES parties(id),
	match       TEXT CHECK (match = 'given' OR match = 'id' OR match = 'account' OR match = 'name'),
	src_file_id INTEGER REFERENCES import_files(id)
);
CREATE INDEX bank_accounts_party ON bank_accounts(party_id) WHERE party_id IS NOT NULL;
CREATE INDEX bank_accounts_holder_id ON bank_accounts(holder_id) WHERE holder_id IS NOT NULL;

-- One row per transaction. amount_fen is positive; direction says which way
-- the money went from the account holder's point of view. seq numbers the
-- repeats of one key within a file (two identical 5.00 fees the same day
-- are two transactions), so an overlapping export of the same period adds
-- nothing while a real repeat is kept.
CREATE TABLE bank_txns (
	id          INTEGER PRIMARY KEY,
	account_id  INTEGER NOT NULL,             -- bank_accounts(id); see the note below
	txn_date    TEXT NOT NULL,                -- YYYY-MM-DD
	txn_time    TEXT,                         -- HH:MM:SS, NULL when the export has none
	amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
	direction   TEXT NOT NULL CHECK (direction = 'in' OR direction = 'out'),
	balance_fen INTEGER,                      -- 余额 after the transaction (may be negative)
	cp_name     TEXT,                         -- 对方户名
	cp_account  TEXT,                         -- 对方账号, normalised like account_no
	cp_bank     TEXT,                         -- 对方开户行
	summary     TEXT,                         -- 摘要 and 用途/附言, joined by '；'
	channel     TEXT,                         -- 交易渠道
	seq         INTEGER NOT NULL DEFAULT 1,
	src_file_id INTEGER,                      -- import_files(id)
	src_row     INTEGER
);
-- No REFERENCES on bank_txns: a million-row statement would pay two parent
-- lookups per row; only the bank import writes this table, with ids it
-- takes from bank_accounts and import_files in the same transaction.
-- The duplicate key across exports; its prefix (account, date) is also the
-- index every money rule reads a debtor's transactions by.
CREATE UNIQUE INDEX bank_txns_key ON bank_txns(account_id, txn_date, ifnull(txn_time, ''), amount_fen, direction,
	ifnull(cp_account, ''), ifnull(balance_fen, ''), seq);

-- Who each account dealt with (one row per account and counterparty, with
-- the first transaction that shows it): kept by the bank import so links to
-- counterparties are computed without reading every transaction again.
CREATE TABLE bank_counterparties (
	account_id  INTEGER NOT NULL REFERENCES bank_accounts(id),
	cp_account  TEXT NOT NULL DEFAULT '',
	cp_name     TEXT NOT NULL DEFAULT '',
	src_file_id INTEGER REFERENCES import_files(id),
	src_row     INTEGER,
	PRIMARY KEY (account_id, cp_account, cp_name)
) WITHOUT ROWID;
CREATE INDEX bank_counterparties_account ON bank_counterparties(cp_account) WHERE cp_account <> '';

-- A file's name without its directory, for evidence text (〔文件:行〕).
CREATE VIEW import_file_names AS
SELECT id, replace(path, rtrim(path, replace(path, '/', '')), '') AS name FROM import_files;

-- Related parties. kind: 法定代表人, 股东, 监事, 高管 (person a, company b,
-- from 企业登记/股权 records), 共有人 (不动产 co-owners), 买受人 (a the
-- debtor, b who bought at its auction), 交易对手 (a the account holder, b a
-- party it paid or was paid by), 同证件号 (two party rows whose IDs differ
-- only in the check character), 同电话, 同地址. Symmetric kinds keep a < b.
-- strength: strong (ID-based, registry facts, account numbers) or weak
-- (phone, address, a name-only match). source says which data made the
-- link ('registry:企业登记', 'registry:不动产', 'events', 'bank', 'contact');
-- links are recomputed from their source after each import, so a link whose
-- evidence is gone is removed.
CREATE TABLE party_links (
	id          INTEGER PRIMARY KEY,
	kind        TEXT NOT NULL,
	a           INTEGER NOT NULL REFERENCES parties(id),
	b           INTEGER NOT NULL REFERENCES parties(id),
	source      TEXT NOT NULL,
	strength    TEXT NOT NULL CHECK (strength = 'strong' OR strength = 'weak'),
	src_file_id INTEGER REFERENCES import_files(id),
	src_row     INTEGER,
	UNIQUE (kind, a, b, source)
);
CREATE INDEX party_links_a ON party_links(a, kind);
CREATE INDEX party_links_b ON party_links(b, kind);
CREATE TRIGGER dirty_link_party_ins AFTER INSERT ON party_links
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.a;
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.b;
END;
CREATE TRIGGER dirty_link_party_del AFTER DELETE ON party_links
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = OLD.a;
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = OLD.b;
END;
CREATE TRIGGER dirty_bank_account_upd AFTER UPDATE OF party_id ON bank_accounts
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.party_id;
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = OLD.party_id;
END;

-- 不动产 co-owners (共有人), several names joined by '、', their IDs likewise.
ALTER TABLE registry_records ADD COLUMN co_owner TEXT;
ALTER TABLE registry_records ADD COLUMN co_owner_id TEXT;

-- Link sources read these: a party row whose ID has a wrong check character,
-- registry rows by kind and phone/address.
CREATE INDEX parties_bad_id ON parties(id_no) WHERE id_valid = 0;
CREATE INDEX registry_phone ON registry_records(phone) WHERE phone IS NOT NULL;
CREATE INDEX registry_address ON registry_records(address) WHERE address IS NOT NULL;
CREATE INDEX parties_phone ON parties(phone) WHERE phone IS NOT NULL;
CREATE INDEX parties_address ON parties(address) WHERE address IS NOT NULL;
