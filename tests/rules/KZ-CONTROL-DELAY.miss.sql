-- the query that found the flat was on 2026-03-13 and the seizure on 2026-03-20, the 7th day
UPDATE events SET event_date='2026-03-13', result='发现：不动产 嵊州市鹿山街道鹿山路8号1幢502室' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
