-- the applicant's lead (a rented-out shop) was verified 属实 on 2026-06-01; no resumption
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '财产线索', '2026-05-20', '被执行人出租商铺收取租金', '明确具体'), (1, '线索核查', '2026-06-01', '被执行人出租商铺收取租金', '属实');
