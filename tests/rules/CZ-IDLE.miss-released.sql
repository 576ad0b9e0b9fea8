-- the seizure was lifted (解封): nothing left to dispose of
DELETE FROM events WHERE case_id=2 AND kind='评估';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '解封', '2026-08-01', '嵊州市鹿山街道鹿山路8号1幢502室');
