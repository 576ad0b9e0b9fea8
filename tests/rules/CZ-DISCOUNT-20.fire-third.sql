-- an auction house's third auction is compared with the second: 800,000.00元 → 630,000.00元 cuts 21.25%
UPDATE events SET round='3', price_fen=63000000, platform='嵊州市越城拍卖有限公司' WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round, platform) VALUES
 (3, '流拍', '2024-12-20', '嵊州市三江街道官河路18号2幢301室', 100000000, 100000000, '1', '嵊州市越城拍卖有限公司'),
 (3, '流拍', '2025-02-25', '嵊州市三江街道官河路18号2幢301室', 100000000, 80000000, '2', '嵊州市越城拍卖有限公司');
UPDATE events SET event_date='2024-11-20' WHERE case_id=3 AND kind='评估';
