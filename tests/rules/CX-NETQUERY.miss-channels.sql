-- point-to-point queries covered 存款、车辆 on 2026-03-05 and 不动产、证券 on 2026-03-20, all within the month
UPDATE events SET item='点对点查询：银行存款、车辆' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-03-20', '点对点查询：不动产、证券');
