-- 043_sanctions: a 罚款 or 拘留 and the 失信 ground its 事由 names, read once.
--
-- JZ-AFTER-SANCTION and XY-WRONG-LIST each read the reason from the 事由 by
-- their own list of words, and both missed a court's short forms ("拒报财产"
-- holds neither 报告 nor 申报). ground: the item of 失信规定 第一条 the act
-- falls under — 5 违反限制消费令, 4 违反财产报告制度, 3 规避执行 (转移、隐匿
-- 财产, 虚假诉讼/仲裁), 2 妨碍、抗拒执行, 1 有履行能力而拒不履行 — or NULL
-- (a fine for disturbing a hearing is no 拒不执行 act).
CREATE VIEW v_sanctions AS
SELECT t.*, coalesce(nullif(t.item, ''), nullif(t.note, ''), '事由未载明') AS why,
       CASE WHEN t.x LIKE '%限制消费%' OR t.x LIKE '%限消%' OR t.x LIKE '%高消费%' THEN 5
	    WHEN t.x LIKE '%报告%' OR t.x LIKE '%申报%' OR t.x LIKE '%拒报%' OR t.x LIKE '%报财产%' THEN 4
	    WHEN t.x LIKE '%转移%' OR t.x LIKE '%隐匿%' OR t.x LIKE '%虚假诉讼%' OR t.x LIKE '%虚假仲裁%' THEN 3
	    WHEN t.x LIKE '%妨碍%' OR t.x LIKE '%抗拒%' OR t.x LIKE '%暴力%' OR t.x LIKE '%威胁%' OR t.x LIKE '%伪造%' THEN 2
	    WHEN t.x LIKE '%拒不履行%' OR t.x LIKE '%拒不执行%' THEN 1 END AS ground
FROM (SELECT m.*, coalesce(m.item, '') || coalesce(m.note, '') AS x FROM v_measure_target m
      WHERE m.kind IN ('罚款', '拘留')) t;
