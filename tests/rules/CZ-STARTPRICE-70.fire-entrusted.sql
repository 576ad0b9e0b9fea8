-- an auction house's (委托) first auction with a 保留价 of 90% of the valuation: it must be the valuation itself
UPDATE events SET price_fen=90000000, platform='嵊州市越城拍卖有限公司' WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
