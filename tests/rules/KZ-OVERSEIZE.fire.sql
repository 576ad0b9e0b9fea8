-- the flat is valued 900,000 元 for a debt of 500,000 元: 1.8 times, and it is divisible (不动产可按相应价值部分查封)
UPDATE events SET value_fen=90000000 WHERE case_id=2 AND kind IN ('查封', '评估');
