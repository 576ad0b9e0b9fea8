-- the applicant's ungraded lead (2024-05-20, a lorry by plate, on the 财产调查表) was never verified before 终本; the 现场调查 of the debtor's home is not a check of the lorry
INSERT INTO events(case_id, kind, event_date, item, note) VALUES(1, '财产线索', '2024-05-20', '被执行人在嵊州市长乐镇有一辆货车浙D8K3M9', '申请执行人填写财产调查表');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '现场调查', '2024-05-24', '被执行人住所地', '未发现可供执行财产');
