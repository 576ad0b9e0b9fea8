-- a 报告财产令 without a money claim (no 申请执行标的) is not required with the notice
UPDATE events SET event_date='2024-01-19' WHERE case_id=1 AND kind='报告财产令';
UPDATE cases SET claim_fen=NULL WHERE id=1;
