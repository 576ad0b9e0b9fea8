-- 055_lazy_registry_party: register rows by party (party_id, kind, start
-- date) built after a bulk load of register rows rather than inside it,
-- like the case list's and the events' (db/schema/053, 054). The rules, the
-- case view and the drafts read it; the import itself does not: it finds
-- held records through registry_holder, relinks through registry_holder_id
-- and registry_holder, refreshes links through registry_kind_party, which
-- all stay built with the rows. A million register rows: 0.6 of 10 s
-- (bench/RESULTS.md).
INSERT INTO lazy_index(name) VALUES ('registry_party');
