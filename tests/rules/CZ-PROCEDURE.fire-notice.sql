-- the parties were notified 2025-03-05, two days before the announcement of 03-07 (网拍规定 第十六条: three days)
UPDATE events SET event_date='2025-03-05' WHERE case_id=3 AND kind='拍卖通知';
