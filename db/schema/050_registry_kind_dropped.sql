-- 050_registry_kind_dropped: the register's (kind, start_date) index is gone.
--
-- No rule's query plan used it, on the demo database nor on a million cases
-- with a million register records (EXPLAIN QUERY PLAN of every rule after
-- ANALYZE): every rule reaches register rows through a party
-- (registry_party, registry_kind_party), a holder or an ID. A scan of one
-- kind (v_trip's 出行 rows) reads registry_kind_party's range of that kind
-- as it read this one's. It cost 26 bytes a record and 0.5 s of a
-- million-record import (bench/RESULTS.md).
DROP INDEX IF EXISTS registry_kind;
