-- 027_screen_epoch: what a screen's read phase must not miss, without
-- counting writes no rule reads. A screen reads outside the write lock and
-- merges under it; it used to read again whenever PRAGMA data_version moved,
-- so every label written meanwhile (one each few seconds on a busy day)
-- sent it back, and its last try read under the lock, blocking everyone
-- for seconds. Now it compares a fingerprint of its inputs instead
-- (screen.c): the number of cases marked dirty, the number of finished
-- screens, and this counter, which counts the marks that add no row (a case
-- marked again while still dirty: INSERT OR IGNORE changes nothing, but a
-- BEFORE trigger still fires) and changes to the rule library or settings.
CREATE TABLE screen_epoch (n INTEGER NOT NULL);
INSERT INTO screen_epoch VALUES (0);

CREATE TRIGGER screen_epoch_remark BEFORE INSERT ON screen_dirty
WHEN EXISTS (SELECT 1 FROM screen_dirty WHERE case_id = NEW.case_id)
BEGIN UPDATE screen_epoch SET n = n + 1; END;

CREATE TRIGGER screen_epoch_rules_ins AFTER INSERT ON rules BEGIN UPDATE screen_epoch SET n = n + 1; END;
CREATE TRIGGER screen_epoch_rules_upd AFTER UPDATE ON rules BEGIN UPDATE screen_epoch SET n = n + 1; END;
CREATE TRIGGER screen_epoch_rules_del AFTER DELETE ON rules BEGIN UPDATE screen_epoch SET n = n + 1; END;
CREATE TRIGGER screen_epoch_settings_ins AFTER INSERT ON settings BEGIN UPDATE screen_epoch SET n = n + 1; END;
CREATE TRIGGER screen_epoch_settings_upd AFTER UPDATE ON settings BEGIN UPDATE screen_epoch SET n = n + 1; END;
CREATE TRIGGER screen_epoch_settings_del AFTER DELETE ON settings BEGIN UPDATE screen_epoch SET n = n + 1; END;
