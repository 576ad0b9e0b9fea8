-- no notice to the parties before the first announcement at all, in a court whose data record notices (another case has one)
DELETE FROM events WHERE case_id=3 AND kind='拍卖通知';
INSERT INTO events(case_id, kind, event_date, item, counterparty) VALUES (1, '拍卖通知', '2024-03-01', '俞建国名下轿车', '俞建国');
