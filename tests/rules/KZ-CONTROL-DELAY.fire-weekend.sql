-- found 2026-03-14: the period ends Monday 2026-03-23 (rolled); a seizure on 2026-03-24 is late
UPDATE events SET event_date='2026-03-14', result='发现：不动产 嵊州市鹿山街道鹿山路8号1幢502室' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
UPDATE events SET event_date='2026-03-24' WHERE case_id=2 AND kind='查封';
