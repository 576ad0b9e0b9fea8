-- the query of 2026-10-01 found the flat already seized by this court on 2026-03-20
UPDATE events SET result='发现：不动产 嵊州市鹿山街道鹿山路8号1幢502室（已查封）' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-10-01';
