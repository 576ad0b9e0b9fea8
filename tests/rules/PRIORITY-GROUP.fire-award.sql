-- 终本 case 101 enforces a labour arbitration award (嵊劳人仲案字) for a worker, and its 执行通知 came late (CX-NOTICE-10D)
UPDATE cases SET basis_no='嵊劳人仲案字〔2023〕第58号', cause='劳务合同纠纷' WHERE id=1;
UPDATE events SET event_date='2024-01-23' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
