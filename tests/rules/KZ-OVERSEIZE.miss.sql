-- worth exactly 1.5 times the debt
UPDATE events SET value_fen=75000000 WHERE case_id=2 AND kind='查封';
