-- 048_registry_holder_index: one index of the register by 权利人 and date.
--
-- registry_key (kind, holder_name, reg_no, item, start_date) served only
-- the import's look-up of a record by its key (src/import/registry.c,
-- REG_KEY); with a 坐落 and a 不动产权证号 in every entry it was the
-- largest index of the database (125 MB for a million records, 1.5 s of
-- their import). registry_holder_name (holder_name) served the look-ups
-- by name. One index of (holder_name, start_date) serves both: a holder
-- has few records registered on one day, and the rest of the key is
-- checked on those rows (28 MB for a million records).
DROP INDEX registry_key;
DROP INDEX registry_holder_name;
CREATE INDEX registry_holder ON registry_records(holder_name, start_date);
