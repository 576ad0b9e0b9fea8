-- the online query of 2026-03-05 found the flat; it was seized only on 2026-03-20, after the 7 days (2026-03-12)
UPDATE events SET result='发现：不动产 嵊州市鹿山街道鹿山路8号1幢502室' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
