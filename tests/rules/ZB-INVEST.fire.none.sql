-- no online query (网络查控) at all before 终本
DELETE FROM events WHERE case_id=1 AND kind='网络查控';
