-- 056_registry_co_owner_index: the register rows that name co-owners (共有人),
-- which the links of 共有人 read (src/import/links.c). Every import of a
-- register, ledger or events file refreshes those links; without this
-- index the refresh walked every 不动产 row through its party to find the
-- few with co-owners: 0.25 s for a million 不动产 records, against nothing.
-- A bulk load of rows with no co-owner leaves it in place (registry.c).
CREATE INDEX registry_co_owner ON registry_records(kind) WHERE co_owner IS NOT NULL;
