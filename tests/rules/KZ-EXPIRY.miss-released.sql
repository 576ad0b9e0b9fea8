-- the seizure was released (解封) before its end: nothing to renew
UPDATE events SET end_date='2026-09-30' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '解封', '2026-08-01', '嵊州市鹿山街道鹿山路8号1幢502室');
