-- a clear lead about the flat given 2026-03-16 and answered by its 查封 on 2026-03-20, within 7 days
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-03-16', '嵊州市鹿山街道鹿山路8号1幢502室', '明确具体');
