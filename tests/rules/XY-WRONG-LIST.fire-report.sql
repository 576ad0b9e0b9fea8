-- the 报告财产令 of 2026-03-03 (deadline 2026-03-08) is recorded as 逾期未报告: a ground of 第一条第（四）项 from 2026-03-09; by 2026-04-08 (30 days) the debtor is still not listed
UPDATE events SET result = '逾期未报告' WHERE case_id = 2 AND kind = '报告财产令';
