-- after 终本 the applicant pointed to the debtor's shop stock; the 现场调查 of 06-05 found the lead untrue (线索不属实): nothing to resume
INSERT INTO events(case_id, kind, event_date, item, note) VALUES(1, '财产线索', '2026-06-01', '被执行人经营的服装店存货', '申请执行人提供财产线索');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '现场调查', '2026-06-05', '被执行人经营的服装店存货', '经核查线索不属实');
