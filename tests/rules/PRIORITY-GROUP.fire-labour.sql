-- 终本 case 101 is a wage claim (追索劳动报酬纠纷) by a worker, and its 执行通知 came late (CX-NOTICE-10D)
UPDATE cases SET cause='追索劳动报酬纠纷' WHERE id=1;
UPDATE events SET event_date='2024-01-23' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
