-- 057_lazy_import_keys: the indexes only an import and the rules read,
-- built after a bulk load rather than inside it, like the workstation's
-- (053, 054, 055), but before the next import rather than at the next
-- screen: the register by 权利人 and date and by ID (a record held under
-- its key; the records a new party's ID or name links again) and the
-- events by case (an event held already).
--
-- The bulk load that fills them reads none of them once its rows are in:
-- it looked its rows up before (into an empty table it asks nothing), and
-- its links come staged. At a million rows their builds took 1.2–1.3 of
-- a register import's 6.5 s and 0.37 of an events import's 3.9 s
-- (bench/RESULTS.md). Marked before_import: every import builds those
-- pending first, each in a write transaction of its own
-- (store/lazy_index.h), so what it looks up is as fast as before; a
-- screen and the workstation's background thread build them too. Queries
-- are right without them, only slower.
ALTER TABLE lazy_index ADD COLUMN before_import INTEGER NOT NULL DEFAULT 0;
INSERT INTO lazy_index(name, before_import) VALUES
	('registry_holder', 1), ('registry_holder_id', 1), ('events_case', 1);
