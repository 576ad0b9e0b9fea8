-- 保证金 40,000.00元 on a 起拍价 of 800,000.00元 is exactly 5%
UPDATE events SET amount_fen=4000000 WHERE case_id=3 AND kind='拍卖公告';
