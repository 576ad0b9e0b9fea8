-- the applicant gave a concrete lead (2024-05-20, 明确具体) that was never verified before 终本
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '财产线索', '2024-05-20', '被执行人在嵊州市长乐镇有一辆货车浙D8K3M9', '明确具体');
