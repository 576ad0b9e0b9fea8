-- the only property is an indivisible item worth 1,500,000 元 (3 times the debt): 不可分物 with no other property (查封规定 第十九条但书)
UPDATE events SET value_fen=150000000, indivisible=1 WHERE case_id=2 AND kind IN ('查封', '评估');
