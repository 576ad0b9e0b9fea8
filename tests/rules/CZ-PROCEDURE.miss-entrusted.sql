-- an auction house's auction whose announcement records why it was not held online (不宜采用网络拍卖方式处置)
UPDATE events SET platform='嵊州市越城拍卖有限公司', price_fen=100000000 WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
UPDATE events SET note='该财产不宜采用网络拍卖方式处置（已合议）' WHERE case_id=3 AND kind='拍卖公告';
