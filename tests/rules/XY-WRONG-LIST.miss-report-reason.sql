-- the report was late with a good reason the court accepted (逾期报告，有正当理由): no 失信 ground
UPDATE events SET result = '逾期报告，有正当理由（住院治疗）' WHERE case_id = 2 AND kind = '报告财产令';
