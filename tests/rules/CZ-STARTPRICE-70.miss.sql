-- online first round at exactly 70% of the valuation: lawful
UPDATE events SET price_fen=70000000 WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
