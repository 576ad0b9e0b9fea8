-- the applicant of 终本 case 101 turned 60 on 2024-06-21, the day after 终本: elderly now, when the late notice (CX-NOTICE-10D) is to be pursued
UPDATE parties SET id_no='330683196406210014' WHERE id=1;
UPDATE events SET event_date='2024-01-23' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
