-- an urgent lead (紧急: the debtor is selling the flat) given 2026-03-10 and acted on (查封) only on 2026-03-20, after 3 days
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-03-10', '嵊州市鹿山街道鹿山路8号1幢502室', '紧急');
