-- code: KZ-OVERSEIZE
-- title: 明显超标的查封、扣押、冻结
-- stage: 财产控制
-- severity: 中
-- version: 4
-- verification: V1
-- basis: 《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》（2020修正）第十九条（V1）：“查封、扣押、冻结被执行人的财产，以其价额足以清偿法律文书确定的债权额及执行费用为限，不得明显超标的额查封、扣押、冻结。发现超标的额查封、扣押、冻结的，人民法院应当根据被执行人的申请或者依职权，及时解除对超标的额部分财产的查封、扣押、冻结，但该财产为不可分物且被执行人无其他可供执行的财产或者其他财产不足以清偿债务的除外。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十三条第一款（V1）：“……人民法院查询、扣押、冻结、划拨、变价的财产不得超出被执行人应当履行义务的范围。”
-- basis: 轮候查封不计：《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十六条第一款（V1）：“对已被人民法院查封、扣押、冻结的财产，其他人民法院可以进行轮候查封、扣押、冻结。查封、扣押、冻结解除的，登记在先的轮候查封、扣押、冻结即自动生效。”；期限届满未续行的不计：同规定第二十七条（V1）：“查封、扣押、冻结期限届满，人民法院未办理延期手续的，查封、扣押、冻结的效力消灭。……”
-- basis: 《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》（法发〔2019〕35号）第4条（V2）：“……冻结被执行人银行账户内存款的，应当明确具体冻结数额，不得影响冻结之外资金的流转和账户的使用。需要查封的不动产整体价值明显超出债权额的，应当对该不动产相应价值部分采取查封措施；……”
-- remedy: 建议法院解除超出部分财产的查封、扣押、冻结（不可分物且被执行人无其他财产或其他财产不足以清偿的除外）。
-- needs: events(查封、扣押、冻结、续封、解封、评估；评估价、冻结金额、优先债权、不可分物)；cases(标的、到位金额)
-- param: ratio = 1.5 | 可供清偿价值超过未履行金额的倍数（“明显超标的”的政策默认，法律未量化）
-- Per item (v_control: 查封 and 扣押 of one car count once) still in force
-- today: not 轮候, not released (unless seized again), not disposed of, its
-- (rolled) term not over. What an item holds for this applicant: the latest
-- 评估 value, or the frozen amount (the smaller of the two when both are
-- known), less the claims ahead of the applicant (优先债权). Unvalued items
-- are left out and counted. The excess is releasable (第十九条) when some
-- item is divisible or the other items alone cover the debt; otherwise the
-- 不可分物 exception applies. A flat, a plot, a shop or a car is one whole
-- thing: unless the file says it is divisible (不可分物 否), it counts as
-- 不可分物 — a court cannot seize half a flat (v4; until then a blank
-- column made every single flat releasable). A frozen deposit whose money
-- reached the court's account (案款到账) is spent, not held. Executing costs are not in the data: the debt
-- is what is still owed. Wake (of a lead): the day after the next term ends;
-- a lapse only lowers the total, so a silent case needs none. Also (v3):
-- a bank account frozen with no amount (the item names a 账户/账号/存款
-- and the row gives no 冻结金额 nor value) — 法发〔2019〕35号 第4条 asks
-- for the amount, so the whole balance is held whatever is owed. Views are
-- read once into MATERIALIZED CTEs (a correlated subquery over a view is
-- re-run per row: quadratic on a large database).
WITH c AS MATERIALIZED (
  SELECT cs.case_id, cs.court_name, cs.outstanding_fen AS owed, cs.src AS case_src
  FROM screen_scope s JOIN v_case_state cs ON cs.case_id = s.case_id
  WHERE NOT cs.is_closed AND cs.outstanding_fen > 0),
vc AS MATERIALIZED (
  SELECT v.* FROM c JOIN v_control v ON v.case_id = c.case_id
  WHERE NOT v.waiting AND v.disposed_date IS NULL
    AND (v.end_date IS NULL OR legal_add_days(v.end_date, 0) >= :today)
    -- a frozen deposit transferred to the court's account is spent, not held
    -- (as v_zb_held reads it)
    AND NOT (v.measure = '冻结' AND EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = v.case_id AND e.kind = '案款到账'
                                             AND e.event_date >= v.start_date
                                             AND (e.amount_fen >= coalesce(v.frozen_fen, v.value_fen)
                                                  OR e.item LIKE '%扣划%' OR e.item LIKE '%划拨%')))),
-- items released and not seized again since are out
again AS MATERIALIZED (
  SELECT DISTINCT vc.case_id, vc.item FROM vc CROSS JOIN v_events x ON x.case_id = vc.case_id AND x.item = vc.item
  WHERE vc.released_date IS NOT NULL AND x.kind IN ('查封', '扣押', '冻结', '续封') AND x.event_date > vc.released_date),
it AS MATERIALIZED (
  SELECT v.case_id, v.item, v.measure, v.src,
         CASE WHEN v.indivisible THEN 1
              WHEN EXISTS (SELECT 1 FROM v_events x WHERE x.case_id = v.case_id AND x.item = v.item
                           AND x.indivisible = 0) THEN 0
              WHEN (v.item LIKE '%房%' OR v.item LIKE '%车%' OR v.item LIKE '%铺%' OR v.item LIKE '%土地%'
                    OR v.item LIKE '%不动产%' OR v.item LIKE '%船%' OR v.item LIKE '%住宅%' OR v.item LIKE '%公寓%'
                    OR v.item LIKE '%别墅%' OR v.item LIKE '%栋%' OR v.item LIKE '%幢%')
                   AND NOT (v.item LIKE '%股权%' OR v.item LIKE '%股份%' OR v.item LIKE '%存款%' OR v.item LIKE '%账户%'
                            OR v.item LIKE '%账号%' OR v.item LIKE '%款%' OR v.item LIKE '%证券%' OR v.item LIKE '%租金%')
              THEN 1 ELSE 0 END AS indivisible,
         coalesce(v.priority_fen, 0) AS ahead,
         v.value_fen, v.frozen_fen, legal_add_days(v.end_date, 0) AS last_day,
         CASE WHEN v.frozen_fen > 0 AND v.value_fen > 0 THEN min(v.frozen_fen, v.value_fen)
              ELSE coalesce(nullif(v.frozen_fen, 0), v.value_fen) END AS held
  FROM vc v LEFT JOIN again g ON g.case_id = v.case_id AND g.item = v.item
  WHERE v.released_date IS NULL OR g.item IS NOT NULL),
n AS MATERIALIZED (
  SELECT it.*, max(held - ahead, 0) AS net,
         printf('“%s”（%s）%s%s', item, measure,
                CASE WHEN frozen_fen > 0 THEN '冻结' || yuan(held) ELSE '价值' || yuan(held) END,
                iif(ahead > 0, printf('，扣除优先债权%s后%s', yuan(ahead), yuan(max(held - ahead, 0))), '')) ||
         iif(indivisible, '，不可分物', '') AS line
  FROM it WHERE held IS NOT NULL),
agg AS MATERIALIZED (
  SELECT n.case_id, count(*) AS k, sum(net) AS total, group_concat(line, '；') AS lines,
         group_concat(src, ' ') AS srcs,
         min(CASE WHEN last_day >= :today THEN date(last_day, '+1 day') END) AS next_lapse
  FROM n GROUP BY n.case_id),
r AS MATERIALIZED (
  SELECT a.*, c.court_name, c.owed, c.case_src,
         (SELECT count(*) FROM it WHERE it.case_id = a.case_id AND it.held IS NULL) AS unvalued,
         (SELECT group_concat(n.item, '、') FROM n WHERE n.case_id = a.case_id
          AND ((NOT n.indivisible AND n.net > 0) OR a.total - n.net >= c.owed)) AS releasable
  FROM agg a JOIN c ON c.case_id = a.case_id)
SELECT case_id, '' AS hit_key, next_lapse AS wake,
       printf('%s：现行有效的查封、扣押、冻结财产%d项（同一财产的多项措施合并计）：%s。可供清偿价值合计%s，为未履行金额%s的%.2f倍，超过%s倍%s。可解除超标的部分：%s（可分，或其余财产已足以清偿）。',
              court_name, k, lines, yuan(total), yuan(owed), total * 1.0 / owed, :ratio,
              iif(unvalued > 0, printf('（另有%d项未见价值，未计入）', unvalued), ''), releasable) AS evidence,
       case_src || ' ' || srcs AS sources,
       '已核：同一财产合并计算；轮候查封、已解除、已处置、期限届满未续行的不计；已扣除优先债权；非“不可分物且其他财产不足以清偿”（查封规定第十九条但书）' AS checked
FROM r
WHERE total > :ratio * owed AND releasable IS NOT NULL
UNION ALL
SELECT it.case_id, 'nofreezeamount:' || it.item, CASE WHEN it.last_day >= :today THEN date(it.last_day, '+1 day') END,
       printf('%s：%s冻结“%s”，未载明冻结数额（未履行金额%s）；冻结银行账户内存款应当明确具体冻结数额（法发〔2019〕35号第4条），未载数额即冻结账户全部余额，可能超出应当履行义务的范围（民诉法第二百五十三条第一款）。',
              c.court_name, (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = it.case_id AND e.item = it.item
                             AND e.kind = '冻结'), it.item, yuan(c.owed)),
       c.case_src || ' ' || it.src,
       '已核：冻结现行有效（非轮候、未解除、期限未届满）；该冻结行及同一财产的其他行均无冻结金额、价值'
FROM it JOIN c ON c.case_id = it.case_id
WHERE it.measure = '冻结' AND it.held IS NULL
  AND (it.item LIKE '%账户%' OR it.item LIKE '%账号%' OR it.item LIKE '%存款%' OR it.item LIKE '%银行%')

