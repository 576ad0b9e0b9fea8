-- a car (a movable: 15 days, not 30) announced 2025-03-01 with bidding from 03-16
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, round, platform) VALUES
 (3, '扣押', '2025-01-16', '2027-01-15', '浙D5F7G8', NULL, 9000000, NULL, NULL, NULL),
 (3, '拍卖通知', '2025-02-25', NULL, '浙D5F7G8', NULL, NULL, NULL, NULL, NULL),
 (3, '拍卖公告', '2025-03-01', '2025-03-16', '浙D5F7G8', 900000, 9000000, 7200000, '1', '人民法院诉讼资产网');
