-- a 2025 auction by an auction house (委托拍卖) with no reason recorded why it could not be held online (网拍规定 第二条)
UPDATE events SET platform='嵊州市越城拍卖有限公司', price_fen=100000000 WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
