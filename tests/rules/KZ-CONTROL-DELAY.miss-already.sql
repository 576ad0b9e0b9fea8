-- the query of 2026-10-01 reports the deposit as already frozen (「发现：存款（已冻结）」): nothing to control
UPDATE events SET result='发现：存款（已冻结）' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-10-01';
