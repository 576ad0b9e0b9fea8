-- the parties were notified 2025-03-04, three days before the announcement of 03-07
UPDATE events SET event_date='2025-03-04' WHERE case_id=3 AND kind='拍卖通知';
