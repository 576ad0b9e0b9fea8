-- the listing has a period (to 2027-02-01): 执行完毕 does not oblige deletion before it ends (第十条第一款后段)
UPDATE events SET end_date='2027-02-01', item='失信规定第一条第（五）项：违反限制消费令' WHERE case_id=3 AND kind='失信';
DELETE FROM events WHERE case_id=3 AND kind='删除失信';
