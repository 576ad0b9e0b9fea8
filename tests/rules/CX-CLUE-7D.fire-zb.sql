-- a 终本 case: a clear lead given 2024-05-30 was never checked before the 终本 of 2024-06-20
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '财产线索', '2024-05-30', '被执行人名下浙D5M3N1小型轿车', '明确具体');
