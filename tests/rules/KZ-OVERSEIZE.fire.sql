-- the flat is valued 900,000 元 for a debt of 500,000 元: 1.8 times, and the file records it as divisible (不可分物: 否 — e.g. land the court can seize in part)
UPDATE events SET value_fen=90000000 WHERE case_id=2 AND kind IN ('查封', '评估');
UPDATE events SET indivisible=0 WHERE case_id=2 AND kind='查封';
