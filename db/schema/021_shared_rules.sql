-- 021_shared_rules: rules a whole office shares beyond the built-in ones,
-- kept in the database (jianzhi rules install FILE, by an administrator,
-- audited). A user's own rule files (~/.config/jianzhi/rules) are
-- personal: they are tried with `jianzhi rules try` and never change
-- shared leads or the shared rules table.
CREATE TABLE shared_rules (
	code         TEXT PRIMARY KEY,
	text         TEXT NOT NULL,           -- the whole rule file
	installed_by TEXT NOT NULL,
	installed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
);
