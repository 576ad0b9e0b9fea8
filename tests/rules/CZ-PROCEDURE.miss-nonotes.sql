-- no 拍卖通知 row, but the court's data carry none in any case: absence proves nothing
DELETE FROM events WHERE case_id=3 AND kind='拍卖通知';
