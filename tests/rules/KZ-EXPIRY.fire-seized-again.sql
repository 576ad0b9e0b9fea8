-- released 2026-05-01 and seized again 2026-06-01 to 2026-10-30: the new seizure lapsed unrenewed
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '解封', '2026-05-01', '嵊州市鹿山街道鹿山路8号1幢502室');
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(2, '查封', '2026-06-01', '2026-10-30', '嵊州市鹿山街道鹿山路8号1幢502室');
UPDATE events SET end_date='2026-05-01' WHERE case_id=2 AND kind='查封' AND event_date='2026-03-20';
