-- the applicant's concrete lead (2024-05-20) was verified on 2024-05-24 (不属实) before 终本
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '财产线索', '2024-05-20', '被执行人在嵊州市长乐镇有一辆货车浙D8K3M9', '明确具体');
INSERT INTO events(case_id, kind, event_date, result) VALUES(1, '线索核查', '2024-05-24', '不属实');
