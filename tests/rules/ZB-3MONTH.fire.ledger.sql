-- no 终本 ruling recorded: the ledger's 结案日期 2024-03-28 is the 终本 date
DELETE FROM events WHERE case_id=1 AND kind='终本';
UPDATE cases SET closing_date='2024-03-28' WHERE id=1;
