-- renewed on the last day of the term itself (2026-09-30) is before it lapsed
UPDATE events SET end_date='2026-09-30' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(2, '续封', '2026-09-30', '2029-09-29', '嵊州市鹿山街道鹿山路8号1幢502室');
