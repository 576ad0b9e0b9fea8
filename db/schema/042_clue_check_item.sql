-- 042_clue_check_item: a 线索核查 answers the lead whose text holds its item.
--
-- 033 matched a 线索核查 to a lead only by the identical item; a court's
-- record names the thing checked ("工程款债权") while the lead is the
-- applicant's sentence ("申请执行人称被执行人在外地有工程款债权"), so a lead
-- checked two days after it was given read as never checked (CX-CLUE-7D,
-- ZB-INVEST). The 线索核查 now matches as a 现场调查 does: one text holding
-- the other (or either without an item).
DROP VIEW v_clue_answers;
CREATE VIEW v_clue_answers AS
SELECT c.id AS clue_id, c.case_id, a.event_date, a.kind, a.src, a.id
FROM v_clues c JOIN v_events a ON a.case_id = c.case_id AND a.event_date >= c.event_date
WHERE (a.kind = '线索核查' AND (a.item IS NULL OR c.item IS NULL OR instr(a.item, c.item) > 0 OR instr(c.item, a.item) > 0))
   OR (a.kind IN ('现场调查', '查封', '扣押', '冻结', '轮候查封') AND a.item IS NOT NULL AND c.item IS NOT NULL
       AND (instr(a.item, c.item) > 0 OR instr(c.item, a.item) > 0) AND length(a.item) >= 4 AND length(c.item) >= 4);
