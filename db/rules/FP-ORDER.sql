-- code: FP-ORDER
-- title: 企业法人被执行人未按查封先后顺序清偿普通债权
-- stage: 财产分配
-- severity: 高
-- version: 5
-- verification: V1
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十四条（V1）：“当事人不同意移送破产或者被执行人住所地人民法院不受理破产案件的，执行法院就执行变价所得财产，在扣除执行费用及清偿优先受偿的债权后，对于普通债权，按照财产保全和执行中查封、扣押、冻结财产的先后顺序清偿。”
-- basis: 《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第55条第一款（V1）：“多份生效法律文书确定金钱给付内容的多个债权人分别对同一被执行人申请执行，各债权人对执行标的物均无担保物权的，按照执行法院采取执行措施的先后顺序受偿。”第56条第一款（V1）：“对参与被执行人财产的具体分配，应当由首先查封、扣押或冻结的法院主持进行。”
-- basis: 例外——移送破产：《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十一条（V1）：“在执行中，作为被执行人的企业法人符合企业破产法第二条第一款规定情形的，执行法院经申请执行人之一或者被执行人同意，应当裁定中止对该被执行人的执行，将执行案件相关材料移送被执行人住所地人民法院。”
-- remedy: 建议法院核查该财产变价款的分配：对企业法人被执行人的普通债权应按查封、扣押、冻结的先后顺序清偿，纠正越序发放；被执行人符合破产条件的，依法释明并移送破产审查。
-- needs: v_debtor（被执行人：企业，party_id）；v_events（各案对同一财产的查封、轮候查封、拍卖/变卖/以物抵债、优先债权，按 v_control 的定义只对该被执行人的案件计算）；v_events（案款发放、移送破产）；v_case_state（未履行金额）
-- Two cases against one company debtor (the same party, i.e. the same
-- 信用代码) both hold the same item; it was sold or taken in payment; the
-- later seizer's case paid money out afterwards while the first seizer's
-- case, still owed, received nothing after the sale. Silent when a
-- 移送破产 is recorded for the debtor before that payout, or when the
-- first seizer's rows record a claim ahead of it (优先债权: the later case
-- may hold it). A company is a party of kind 'org' or with a 统一社会信用代码
-- for enterprises (starting with 9), not a partnership, sole
-- proprietorship, branch or 个体工商户.
-- Also, in the first seizer's own case (the one that sold the item, while
-- other cases of the debtor seized it after): the proceeds received after
-- the sale would have paid its applicant in full, yet the applicant got
-- less and the money was shared out (a 分配方案, or payouts to others) —
-- the pro-rata split 第五百零八条 allows only for natural persons. Silent
-- when any case records a claim ahead (优先债权) on the item. The later
-- creditors are other cases of the debtor, or those the case itself records
-- seizing behind it or claiming (轮候查封, 参与分配 naming the creditor):
-- a court's file often shows the other creditors only that way.
WITH d AS MATERIALIZED (   -- company debtors of the scope with another case
  SELECT s.case_id, d.party_id, d.name AS debtor, d.id_no
  FROM screen_scope s
  CROSS JOIN v_debtor d ON d.case_id = s.case_id
  WHERE (d.kind = 'org' OR (length(d.id_no) = 18 AND substr(d.id_no, 1, 1) = '9'))
    -- 其他组织 share pro rata (第五百零六、五百零八条): a 合伙企业, 个人独资企业,
    -- 分公司 or 个体工商户 (信用代码 92…) is no 企业法人 (v4)
    AND d.name NOT LIKE '%合伙%' AND d.name NOT LIKE '%个人独资%' AND d.name NOT LIKE '%分公司%'
    AND substr(coalesce(d.id_no, ''), 1, 2) <> '92'
    AND (EXISTS (SELECT 1 FROM case_parties o WHERE o.party_id = d.party_id AND o.role = '被执行人'
                 AND o.case_id <> d.case_id)
         OR EXISTS (SELECT 1 FROM v_events w WHERE w.case_id = s.case_id AND w.kind IN ('轮候查封', '参与分配')
                    AND coalesce(w.counterparty, '') <> ''))),
ctl AS MATERIALIZED (   -- v_control's definitions, for these debtors' cases only
  SELECT e.case_id, e.item,
         min(e.event_date) AS start_date,
         (SELECT x.kind FROM v_events x WHERE x.case_id = e.case_id AND x.item = e.item
          AND x.kind IN ('查封', '扣押', '冻结', '轮候查封') ORDER BY x.event_date, x.id LIMIT 1) AS measure,
         max(e.kind <> '轮候查封') = 0 AS waiting, coalesce(max(e.priority_fen), 0) AS priority_fen,
         group_concat(e.src, ' ') AS src
  -- from the debtors' cases outwards (CROSS JOIN: the planner began at every seizure in the database)
  FROM (SELECT DISTINCT o.case_id FROM d CROSS JOIN case_parties o ON o.party_id = d.party_id AND o.role = '被执行人') c
  CROSS JOIN v_events e ON e.case_id = c.case_id AND e.kind IN ('查封', '扣押', '冻结', '轮候查封') AND e.item IS NOT NULL
  GROUP BY e.case_id, e.item),
sale AS MATERIALIZED (   -- the day each controlled item was sold or taken in payment, per case
  SELECT k.case_id, k.item,
         (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = k.case_id AND e.item = k.item
          AND ((e.kind IN ('拍卖', '变卖') AND coalesce(e.deal_fen, e.amount_fen) > 0)
               OR (e.kind = '以物抵债' AND coalesce(e.result, '') NOT LIKE '%不同意%'
                   AND coalesce(e.result, '') NOT LIKE '%拒绝%'))) AS sold
  FROM ctl k),
b AS MATERIALIZED (   -- each scope debtor's hold of each item
  SELECT d.*, k.item, k.start_date AS b_start, k.measure AS b_measure,
         c.case_no AS b_no, c.court_name, c.src AS case_src, k.src AS b_src
  FROM d CROSS JOIN ctl k ON k.case_id = d.case_id CROSS JOIN v_case_state c ON c.case_id = d.case_id),
pair AS (
  SELECT b.*, a.case_id AS a_case, ak.start_date AS a_start, ak.measure AS a_measure, ak.src AS a_src,
         ac.case_no AS a_no, ac.outstanding_fen AS a_owed, ac.is_closed AS a_closed, ac.closing_date AS a_closing,
         (SELECT min(x.sold) FROM sale x WHERE x.case_id IN (a.case_id, b.case_id) AND x.item = b.item) AS sold
  FROM b   -- then the debtor's other cases, then their hold of the item (CROSS JOIN: by item
           -- first, a common item's every holder was paired with every other)
  CROSS JOIN v_debtor a ON a.party_id = b.party_id AND a.case_id <> b.case_id
  CROSS JOIN ctl ak ON ak.case_id = a.case_id AND ak.item = b.item AND NOT ak.waiting
   AND ak.priority_fen = 0 AND ak.start_date < b.b_start
  JOIN v_case_state ac ON ac.case_id = a.case_id
  WHERE coalesce(ac.outstanding_fen, 0) > 0),
paid AS (
  SELECT p.*,
         (SELECT x.event_date || '|' || coalesce(x.amount_fen, '') || '|' || x.src FROM v_events x
          WHERE x.case_id = p.case_id AND x.kind = '案款发放' AND x.event_date >= p.sold
          ORDER BY x.event_date LIMIT 1) AS b_pay
  FROM pair p WHERE p.sold IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM v_events y WHERE y.case_id = p.a_case AND y.kind = '案款发放' AND y.event_date >= p.sold)
    AND NOT (p.a_closed AND p.a_closing < p.sold)),
z AS (
  SELECT paid.*, substr(b_pay, 1, 10) AS pay_date,
         substr(b_pay, 12, instr(substr(b_pay, 12), '|') - 1) AS pay_fen,
         substr(substr(b_pay, 12), instr(substr(b_pay, 12), '|') + 1) AS pay_src
  FROM paid WHERE b_pay IS NOT NULL),
first AS (   -- the first seizer's own case, when it sold the item and others seized it after
  SELECT b.*, c.claim_fen, c.outstanding_fen,
         (SELECT x.sold FROM sale x WHERE x.case_id = b.case_id AND x.item = b.item) AS sold,
         (SELECT group_concat(DISTINCT o.case_no) FROM v_debtor a CROSS JOIN ctl ak ON ak.case_id = a.case_id AND ak.item = b.item
          JOIN v_case_state o ON o.case_id = a.case_id
          WHERE a.party_id = b.party_id AND a.case_id <> b.case_id AND ak.start_date > b.b_start) AS later,
         (SELECT group_concat(DISTINCT w.counterparty) FROM v_events w WHERE w.case_id = b.case_id
          AND w.kind IN ('轮候查封', '参与分配') AND w.event_date > b.b_start
          AND coalesce(w.counterparty, '') <> '') AS claimants
  FROM b JOIN ctl k ON k.case_id = b.case_id AND k.item = b.item AND NOT k.waiting
  JOIN v_case_state c ON c.case_id = b.case_id
  WHERE NOT EXISTS (SELECT 1 FROM v_debtor a CROSS JOIN ctl ak ON ak.case_id = a.case_id AND ak.item = b.item
                    WHERE a.party_id = b.party_id AND a.case_id <> b.case_id
                      AND (ak.priority_fen > 0 OR (NOT ak.waiting AND ak.start_date <= b.b_start)))
    AND NOT EXISTS (SELECT 1 FROM v_events w WHERE w.case_id = b.case_id AND w.kind IN ('轮候查封', '参与分配')
                    AND coalesce(w.priority_fen, 0) > 0)
    AND k.priority_fen = 0 AND c.claim_fen > 0),
own_pay AS MATERIALIZED (   -- payouts to the case's own applicant (by name or ID)
  SELECT x.case_id, x.event_date, x.amount_fen
  FROM (SELECT DISTINCT case_id FROM first) f
  JOIN v_events x ON x.case_id = f.case_id AND x.kind = '案款发放'
  JOIN case_parties ap ON ap.case_id = f.case_id AND ap.role = '申请执行人' JOIN parties pa ON pa.id = ap.party_id
  WHERE x.counterparty = pa.name OR upper(x.counterparty_id) = pa.id_no),
shared AS (
  SELECT f.*,
         (SELECT sum(x.amount_fen) FROM v_events x WHERE x.case_id = f.case_id AND x.kind = '案款到账'
          AND x.event_date >= f.sold) AS received,
         coalesce((SELECT sum(o.amount_fen) FROM own_pay o WHERE o.case_id = f.case_id AND o.event_date >= f.sold), 0) AS to_own,
         f.claim_fen - coalesce((SELECT sum(o.amount_fen) FROM own_pay o WHERE o.case_id = f.case_id
                                 AND o.event_date < f.sold), 0) AS owed,
         coalesce((SELECT sum(x.amount_fen) FROM v_events x WHERE x.case_id = f.case_id AND x.kind = '案款发放'
                   AND x.event_date >= f.sold), 0) AS paid_out,
         (SELECT min(x.event_date) FROM v_events x WHERE x.case_id = f.case_id AND x.kind IN ('分配方案', '案款发放')
          AND x.event_date >= f.sold) AS shared_on,
         EXISTS (SELECT 1 FROM v_events x WHERE x.case_id = f.case_id AND x.kind = '分配方案' AND x.event_date >= f.sold) AS plan,
         (SELECT group_concat(x.src, ' ') FROM v_events x WHERE x.case_id = f.case_id
          AND x.kind IN ('案款到账', '分配方案', '案款发放') AND x.event_date >= f.sold) AS pay_src
  FROM first f WHERE f.sold IS NOT NULL AND (f.later IS NOT NULL OR f.claimants IS NOT NULL))
SELECT h.case_id, h.item || '@首封' AS hit_key,
       printf('被执行人%s（企业，证件号%s）：本案于%s首先%s“%s”，其后%s；该财产变价（或抵债）后本案收到%s，足以清偿本案尚欠债权%s，但本案申请执行人仅受偿%s%s。企业法人被执行人未移送破产的，普通债权应按财产保全和执行中查封、扣押、冻结财产的先后顺序清偿（民诉法解释第五百一十四条），不适用按比例分配。执行法院%s。',
              h.debtor, coalesce(h.id_no, '未载'), h.b_start, h.b_measure, h.item,
              iif(h.later IS NOT NULL, '另案' || h.later || '亦对该财产采取控制措施', h.claimants || '轮候查封或申请参与分配'),
              yuan(h.received), yuan(h.owed),
              yuan(h.to_own), iif(h.plan, '，余款按分配方案分配', printf('，另向他人发放%s', yuan(h.paid_out - h.to_own))),
              h.court_name) AS evidence,
       trim(h.case_src || ' ' || h.b_src || ' ' || coalesce(h.pay_src, '')) AS sources,
       '已核：本案为首先查封（非轮候）、未载优先债权；他案控制或他人轮候、参与分配在后；变价款足以清偿本案债权而本案申请执行人未获足额清偿；未见移送破产' AS checked
FROM shared h
WHERE h.owed > 0 AND h.received >= h.owed AND h.to_own < h.owed AND (h.plan OR h.paid_out > h.to_own)
  AND NOT EXISTS (SELECT 1 FROM v_debtor q JOIN v_events m ON m.case_id = q.case_id AND m.kind = '移送破产'
                  WHERE q.party_id = h.party_id AND m.event_date <= h.shared_on)
UNION ALL
SELECT z.case_id, z.item || '@' || z.a_no AS hit_key,
       printf('被执行人%s（企业，证件号%s）：“%s”于%s由%s首先%s，本案%s%s；%s该财产变价（或抵债）后，本案于%s发放执行款%s，而首先查封的%s尚未履行%s，变价后未见向其发放；未见移送破产。执行法院%s。',
              z.debtor, coalesce(z.id_no, '未载'), z.item, z.a_start, z.a_no, z.a_measure, z.b_start, z.b_measure,
              z.sold, z.pay_date, coalesce(yuan(nullif(z.pay_fen, '')), ''), z.a_no, yuan(z.a_owed), z.court_name) AS evidence,
       trim(z.case_src || ' ' || z.b_src || ' ' || z.a_src || ' ' || z.pay_src) AS sources,
       '已核：两案被执行人为同一当事人（按证件号）；首封案件非轮候、未载优先债权；变价后首封案件无发放；未见移送破产（民诉法解释第五百一十一条）' AS checked
FROM z
WHERE NOT EXISTS (SELECT 1 FROM v_debtor q JOIN v_events m ON m.case_id = q.case_id AND m.kind = '移送破产'
                  WHERE q.party_id = z.party_id AND m.event_date <= z.pay_date)
