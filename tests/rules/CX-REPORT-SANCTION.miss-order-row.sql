-- the order's own row says the debtor reported on time (已按期报告): no breach
UPDATE events SET result = '已按期报告' WHERE case_id = 2 AND kind = '报告财产令';
