-- an auction house's second auction of a car failed and the applicant refused it: a movable is released, no third auction (第二十四条)
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform, result) VALUES
 (2, '扣押', '2026-03-25', '2028-03-24', '浙D8K2M6', 9000000, NULL, NULL, NULL, NULL),
 (2, '流拍', '2026-05-20', NULL, '浙D8K2M6', 9000000, 9000000, '1', '嵊州市越城拍卖有限公司', NULL),
 (2, '流拍', '2026-06-01', NULL, '浙D8K2M6', 9000000, 7200000, '2', '嵊州市越城拍卖有限公司', NULL),
 (2, '以物抵债', '2026-06-10', NULL, '浙D8K2M6', NULL, 7200000, NULL, NULL, '申请执行人拒绝');
