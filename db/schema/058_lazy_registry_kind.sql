-- 058_lazy_registry_kind: register rows by kind and party (party_id within
-- a kind, by date) built after a bulk load of register rows rather than
-- inside it, like those by party (055): only the rules and the workstation
-- read them now. An import reads the register by kind in three places, each
-- through a partial index a bulk load of other kinds leaves in place: the
-- 企业登记/股权 links and the 法定代表人 found in 企业登记 rows through
-- registry_company_code (db/schema/049), a bank statement's accounts
-- against the 存款 register through registry_deposit, new here. (054 had
-- tried this without the last two: the import then scanned the register.)
-- A million 不动产 records: 0.46 s of the import's 5 s (bench/RESULTS.md).
CREATE INDEX registry_deposit ON registry_records(reg_no) WHERE kind = '存款';
INSERT INTO lazy_index(name) VALUES ('registry_kind_party');
