-- an auction house's (委托) first auction with the valuation as its 保留价: lawful
UPDATE events SET price_fen=100000000, platform='嵊州市越城拍卖有限公司' WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
