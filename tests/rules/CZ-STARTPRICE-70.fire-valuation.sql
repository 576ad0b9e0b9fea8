-- the valuation is only on the 评估 row (the auction rows state none): 起拍价 690,000.00元 is 69% of it
UPDATE events SET price_fen=69000000, value_fen=NULL WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
