-- worth exactly 1.5 times the debt (750,000 元 for 500,000 元): not more than the threshold
UPDATE events SET value_fen=75000000 WHERE case_id=2 AND kind IN ('查封', '评估');
