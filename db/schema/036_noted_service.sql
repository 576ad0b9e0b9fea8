-- 036_noted_service: a plan's service recorded on the plan's own row.
--
-- 民诉法解释 第五百零九条: the court serves the 分配方案 on every creditor
-- and the debtor, who have 15 days to object. A court's export often
-- writes the service as the plan row's remark ("已送达各债权人和被执行人")
-- instead of 分配方案送达 rows of its own; FP-PLAN-15D then saw a payout
-- without service. The plan row's remark now records the service (to all
-- those it names), on the plan's day, through v_noted_events (032), and a
-- remark that denies it (未送达) does not.
INSERT INTO event_notes VALUES ('分配方案送达', '分配方案送达', ''), ('分配方案送达', '分配方案', '送达');
