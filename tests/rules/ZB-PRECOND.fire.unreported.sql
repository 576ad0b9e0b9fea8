-- the order's row records that the debtor never reported (未报告); no 罚款/拘留 and no 失信 before 终本
UPDATE events SET result='未报告' WHERE case_id=1 AND kind='报告财产令';
