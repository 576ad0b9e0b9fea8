-- the term ended 2026-10-03 (国庆); a 续封 on 2026-10-08, the first workday after the holiday, is in time (民诉法 第八十五条)
UPDATE events SET end_date='2026-10-03' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(2, '续封', '2026-10-08', '2029-10-07', '嵊州市鹿山街道鹿山路8号1幢502室');
