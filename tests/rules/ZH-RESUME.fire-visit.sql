-- after 终本 the applicant pointed to the debtor's shop stock (2026-06-01); a 现场调查 of that shop on 06-05 found it true (属实); no resumption since
INSERT INTO events(case_id, kind, event_date, item, note) VALUES(1, '财产线索', '2026-06-01', '被执行人经营的服装店存货', '申请执行人提供财产线索');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '现场调查', '2026-06-05', '被执行人经营的服装店存货', '经核查线索属实：店铺存货价值约20万元');
