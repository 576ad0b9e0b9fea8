-- the applicant's ungraded lead (2024-05-20, a lorry by plate) was verified by a 现场调查 of that lorry on 2024-05-24, before 终本
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '财产线索', '2024-05-20', '被执行人在嵊州市长乐镇有一辆货车浙D8K3M9');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '现场调查', '2024-05-24', '被执行人在嵊州市长乐镇有一辆货车浙D8K3M9', '未找到该车辆');
