-- 保证金 160,000.00元 on a 起拍价 of 800,000.00元 is exactly 20%
UPDATE events SET amount_fen=16000000 WHERE case_id=3 AND kind='拍卖公告';
