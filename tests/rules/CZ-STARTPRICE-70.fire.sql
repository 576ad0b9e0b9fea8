-- online first round at 69.99% of the valuation (起拍价 699,900.00元 of 1,000,000.00元): below 70%
UPDATE events SET price_fen=69990000 WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
