-- found 2026-03-14: the 7th day is Saturday 2026-03-21, rolled to Monday 2026-03-23 (民诉法 第八十五条), the day of the seizure
UPDATE events SET event_date='2026-03-14', result='发现：不动产 嵊州市鹿山街道鹿山路8号1幢502室' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
UPDATE events SET event_date='2026-03-23' WHERE case_id=2 AND kind='查封';
