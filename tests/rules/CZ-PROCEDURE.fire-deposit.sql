-- 保证金 39,920.00元 on a 起拍价 of 800,000.00元 is 4.99%, below 5% (网拍规定 第十七条)
UPDATE events SET amount_fen=3992000 WHERE case_id=3 AND kind='拍卖公告';
