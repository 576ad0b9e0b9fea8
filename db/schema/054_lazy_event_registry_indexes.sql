-- 054_lazy_event_registry_indexes: three indexes of events and register
-- rows that only the rules and the workstation read, built after a bulk
-- load rather than inside it, like the case list's (db/schema/053):
-- events by kind and date and by seizure end (the rules' scans of a kind,
-- KZ-EXPIRY's wake days) and register rows by kind and party (v_trip and
-- the rules that read one kind). An import reads none of them row by row:
-- its look-ups go through events_case, registry_holder, registry_holder_id
-- and registry_party; the links it refreshes read a kind once, as a scan.
INSERT INTO lazy_index(name) VALUES ('events_kind'), ('events_seizure_end'), ('registry_kind_party');
