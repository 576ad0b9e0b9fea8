-- the court seized the family's beds and wardrobe (家具: 查封规定 第三条第（一）项), nothing said of them beyond that
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '扣押', '2026-04-10', '2028-04-09', '卧室家具（床、衣柜）', 300000);
