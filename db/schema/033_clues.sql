-- 033_clues: one reading of the applicant's 财产线索 for every rule.
--
-- 财产调查规定 第二条 asks the court to verify a 明确、具体 lead within
-- seven days (three when urgent). CX-CLUE-7D and ZB-INVEST read leads
-- differently: one only leads marked 明确/具体/紧急 in 结果, the other every
-- lead not marked 不明确; one counted only a 线索核查 or a seizure of the
-- item as verification, the other only a 线索核查. A court's file seldom
-- grades a lead: the applicant fills in the 财产调查表 (第二条 第一款) and
-- the court goes and looks (现场调查 of that shop, that excavator). So:
--   clarity: 结果 when it grades the lead; else 不明确 when the lead hedges
--     (clue_hedges: 可能, 据说 …: "被执行人在外地做生意，可能有财产"),
--     else 明确具体 (a lead that names a thing is specific);
--   urgent:  紧急 in 结果 or 备注 (not 不紧急);
--   answered by: a 线索核查 (same item, or either without one), or a
--     现场调查 / 查封 / 扣押 / 冻结 / 轮候查封 of the same item (one text
--     holding the other: "商铺一间" and "商铺一间（官河路19号）").

CREATE TABLE clue_hedges (word TEXT PRIMARY KEY CHECK (word <> '')) WITHOUT ROWID;
INSERT INTO clue_hedges VALUES ('可能'), ('也许'), ('或许'), ('据说'), ('听说'), ('疑似'), ('大概'), ('好像'),
	('似乎'), ('不清楚'), ('不详');

CREATE VIEW v_clues AS
SELECT e.id, e.case_id, e.event_date, e.item, e.result, e.note, e.src,
       CASE WHEN e.result LIKE '%不明确%' THEN '不明确'
	    WHEN e.result LIKE '%明确%' OR e.result LIKE '%具体%' THEN e.result
	    WHEN EXISTS (SELECT 1 FROM clue_hedges h WHERE instr(coalesce(e.item, ''), h.word) > 0) THEN '不明确'
	    WHEN e.item IS NULL THEN '不明确'
	    WHEN e.result LIKE '%紧急%' THEN e.result
	    ELSE '明确具体（据所述财产认定，结果未分级）' END AS clarity,
       (coalesce(e.result, '') || coalesce(e.note, '')) LIKE '%紧急%'
	 AND (coalesce(e.result, '') || coalesce(e.note, '')) NOT LIKE '%不紧急%' AS urgent
FROM v_events e WHERE e.kind = '财产线索';

-- Every act that answers a lead, on or after the day it was given.
CREATE VIEW v_clue_answers AS
SELECT c.id AS clue_id, c.case_id, a.event_date, a.kind, a.src, a.id
FROM v_clues c JOIN v_events a ON a.case_id = c.case_id AND a.event_date >= c.event_date
WHERE (a.kind = '线索核查' AND (a.item IS NULL OR c.item IS NULL OR a.item = c.item))
   OR (a.kind IN ('现场调查', '查封', '扣押', '冻结', '轮候查封') AND a.item IS NOT NULL AND c.item IS NOT NULL
       AND (instr(a.item, c.item) > 0 OR instr(c.item, a.item) > 0) AND length(a.item) >= 4 AND length(c.item) >= 4);
