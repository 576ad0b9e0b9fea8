-- the term ended 2026-10-03 (国庆, rolled to 2026-10-08); a 续封 on 2026-10-09 comes after the seizure lapsed
UPDATE events SET end_date='2026-10-03' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(2, '续封', '2026-10-09', '2029-10-08', '嵊州市鹿山街道鹿山路8号1幢502室');
