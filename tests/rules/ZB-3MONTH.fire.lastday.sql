-- 终本 on the period's last day itself (2024-01-10 + 3 months = 2024-04-10): not yet "超过"
UPDATE cases SET closing_date='2024-04-10' WHERE id=1;
UPDATE events SET event_date='2024-04-10' WHERE case_id=1 AND kind='终本';
