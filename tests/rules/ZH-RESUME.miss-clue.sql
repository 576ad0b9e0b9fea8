-- the applicant's lead was checked and found 不属实: nothing to resume
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '财产线索', '2026-05-20', '被执行人出租商铺收取租金', '明确具体'), (1, '线索核查', '2026-06-01', '被执行人出租商铺收取租金', '不属实');
