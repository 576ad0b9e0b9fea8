-- the flat is valued 1,200,000 元 but a mortgage of 500,000 元 ranks ahead: 700,000 元 for the applicant, 1.4 times
UPDATE events SET value_fen=120000000 WHERE case_id=2 AND kind IN ('查封', '评估');
UPDATE events SET priority_fen=50000000 WHERE case_id=2 AND kind='查封';
