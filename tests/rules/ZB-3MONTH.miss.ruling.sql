-- the ledger's 结案日期 2024-03-28 is early, but the 终本 ruling is dated 2024-04-22: the ruling's date counts
UPDATE cases SET closing_date='2024-03-28' WHERE id=1;
UPDATE events SET event_date='2024-04-22' WHERE case_id=1 AND kind='终本';
