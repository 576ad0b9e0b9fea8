-- no notice to the parties before the first announcement at all
DELETE FROM events WHERE case_id=3 AND kind='拍卖通知';
