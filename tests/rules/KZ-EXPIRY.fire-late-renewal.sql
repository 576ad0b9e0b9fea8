-- the term ended 2026-09-30 (a workday) and the 续封 came only on 2026-10-12: the seizure had lapsed in between
UPDATE events SET end_date='2026-09-30' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(2, '续封', '2026-10-12', '2029-10-11', '嵊州市鹿山街道鹿山路8号1幢502室');
