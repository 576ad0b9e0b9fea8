-- the 2026-04-20 re-query found a deposit (发现：存款) and the case was not resumed
UPDATE events SET result='发现：嵊州农商银行存款余额86,000.00元' WHERE case_id=1 AND kind='终本后查询' AND event_date='2026-04-20';
