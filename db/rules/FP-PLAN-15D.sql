-- code: FP-PLAN-15D
-- title: 参与分配程序违法（未制作分配方案、分配方案未送达、异议期未满即分配、异议未通知）
-- stage: 财产分配
-- severity: 高
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零九条（V1）：“多个债权人对执行财产申请参与分配的，执行法院应当制作财产分配方案，并送达各债权人和被执行人。债权人或者被执行人对分配方案有异议的，应当自收到分配方案之日起十五日内向执行法院提出书面异议。”
-- basis: 同解释第五百一十条（V1）：“债权人或者被执行人对分配方案提出书面异议的，执行法院应当通知未提出异议的债权人、被执行人。未提出异议的债权人、被执行人自收到通知之日起十五日内未提出反对意见的，执行法院依异议人的意见对分配方案审查修正后进行分配；提出反对意见的，应当通知异议人。异议人可以自收到通知之日起十五日内，以提出反对意见的债权人、被执行人为被告，向执行法院提起诉讼；异议人逾期未提起诉讼的，执行法院按照原分配方案进行分配。诉讼期间进行分配的，执行法院应当提存与争议债权数额相应的款项。”
-- basis: 期间计算：《中华人民共和国民事诉讼法》第八十五条（V1）：“期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。……”
-- remedy: 建议法院依法向各债权人和被执行人送达分配方案，待异议期、反对期届满后再行分配；有异议的依法通知并处理，诉讼期间提存争议款项；已违法分配的依法纠正。
-- needs: v_noted_events（分配方案送达：本行或分配方案行备注“已送达…”）；v_events（分配方案、分配方案送达（买受人＝受送达人，证件号）、参与分配（买受人＝申请参与分配的债权人，证件号）、分配方案异议、异议通知、案款发放）
-- Checked when money was paid out after a plan (the first 案款发放 on or
-- after it): the plan was served before it (a 分配方案送达 row, or the plan
-- row's remark saying it was served — then on all it names, 036 — else on
-- every creditor who joined
-- — matched by 证件号 when both rows carry one, else by the name the case's
-- own rows give); the payout came after the 15 days from the last service;
-- an objection was notified to the others before the payout; the payout
-- came after their 15 days from that notice. One lead per defect.
-- And a case that shared its money with no plan at all (v3): paid out to
-- someone who is neither its applicant nor its debtor while the applicant
-- was not paid in full — several creditors shared the proceeds, which 第五百
-- 零九条 allows only through a plan — with no 分配方案 on or before that
-- payout. Costs paid from the proceeds (the court's fees, taxes, a valuer's
-- or auctioneer's charge) are no creditor's share.
WITH pay AS MATERIALIZED (
  SELECT e.case_id, e.event_date, e.counterparty AS payee, upper(replace(e.counterparty_id, ' ', '')) AS payee_id,
         e.amount_fen, e.src
  FROM screen_scope s CROSS JOIN v_events e ON e.case_id = s.case_id
  WHERE e.kind = '案款发放' AND e.counterparty IS NOT NULL AND e.event_date IS NOT NULL
    -- costs, not creditors: the court's fees, taxes on a sale, a valuer's or auctioneer's charge
    AND e.counterparty NOT LIKE '%法院%' AND e.counterparty NOT LIKE '%税务%' AND e.counterparty NOT LIKE '%财政%'
    AND e.counterparty NOT LIKE '%评估%' AND e.counterparty NOT LIKE '%拍卖%'),
who AS MATERIALIZED (
  SELECT y.*, (SELECT group_concat(DISTINCT cp.role) FROM case_parties cp JOIN parties p ON p.id = cp.party_id
               WHERE cp.case_id = y.case_id AND cp.role IN ('申请执行人', '被执行人')
                 AND ((y.payee_id IS NOT NULL AND p.id_no = y.payee_id)
                      OR ((y.payee_id IS NULL OR p.id_no IS NULL) AND p.name = y.payee))) AS role
  FROM pay y),
np AS (
  SELECT w.case_id, min(CASE WHEN w.role IS NULL THEN w.event_date END) AS shared,
         sum(CASE WHEN w.role = '申请执行人' THEN w.amount_fen END) AS to_app,
         group_concat(w.event_date || '向' || w.payee || iif(w.role = '申请执行人', '（申请执行人）', '') || '发放'
                      || coalesce(yuan(w.amount_fen), '金额不详'), '；') AS list,
         group_concat(w.src, ' ') AS srcs
  FROM (SELECT * FROM who WHERE coalesce(role, '') <> '被执行人' ORDER BY case_id, event_date) w
  GROUP BY w.case_id
  HAVING max(w.role IS NULL) AND max(w.role = '申请执行人')),
pl AS MATERIALIZED (
  SELECT p.case_id, p.event_date AS plan, p.src AS plan_src, c.court_name, c.src AS case_src,
         (SELECT x.event_date || '|' || x.src FROM v_events x WHERE x.case_id = p.case_id AND x.kind = '案款发放'
          AND x.event_date >= p.event_date ORDER BY x.event_date, x.id LIMIT 1) AS pay
  FROM screen_scope s
  CROSS JOIN v_events p ON p.case_id = s.case_id
  JOIN v_case_state c ON c.case_id = p.case_id
  WHERE p.kind = '分配方案' AND p.event_date IS NOT NULL),
x AS (
  SELECT pl.*, substr(pay, 1, 10) AS paid, substr(pay, 12) AS paid_src,
         (SELECT max(v.event_date) FROM v_noted_events v WHERE v.case_id = pl.case_id AND v.kind = '分配方案送达'
          AND v.event_date >= pl.plan AND v.event_date <= substr(pay, 1, 10)) AS served,
         (SELECT group_concat(v.src, ' ') FROM v_noted_events v WHERE v.case_id = pl.case_id AND v.kind = '分配方案送达'
          AND v.event_date >= pl.plan AND v.event_date <= substr(pay, 1, 10)) AS served_src,
         EXISTS (SELECT 1 FROM v_noted_events v WHERE v.case_id = pl.case_id AND v.kind = '分配方案送达'
                 AND v.host = '分配方案' AND v.event_date >= pl.plan AND v.event_date <= substr(pay, 1, 10)) AS served_all,
         (SELECT o.event_date || '|' || coalesce(o.counterparty, '') || '|' || o.src FROM v_events o
          WHERE o.case_id = pl.case_id AND o.kind = '分配方案异议' AND o.event_date >= pl.plan
            AND o.event_date <= substr(pay, 1, 10) ORDER BY o.event_date LIMIT 1) AS obj
  FROM pl WHERE pay IS NOT NULL),
y AS (
  SELECT x.*, substr(obj, 1, 10) AS obj_date,
         substr(obj, 12, instr(substr(obj, 12), '|') - 1) AS objector,
         substr(substr(obj, 12), instr(substr(obj, 12), '|') + 1) AS obj_src,
         (SELECT n.event_date || '|' || n.src FROM v_events n WHERE n.case_id = x.case_id AND n.kind = '异议通知'
          AND n.event_date >= substr(x.obj, 1, 10) AND n.event_date <= x.paid ORDER BY n.event_date DESC LIMIT 1) AS notice
  FROM x),
z AS (SELECT y.*, substr(notice, 1, 10) AS notice_date, substr(notice, 12) AS notice_src FROM y)
SELECT case_id, plan || '#送达' AS hit_key,
       printf('%s制作分配方案，%s即发放执行款，其间未见向债权人、被执行人送达分配方案的记录（民诉法解释第五百零九条）。执行法院%s。',
              plan, paid, court_name) AS evidence,
       case_src || ' ' || plan_src || ' ' || paid_src AS sources,
       '已核：分配方案至发放之间无分配方案送达记录' AS checked
FROM z WHERE served IS NULL
UNION ALL
SELECT z.case_id, z.plan || '#送达:' || coalesce(j.counterparty_id, j.counterparty),
       printf('%s申请参与分配的债权人%s%s，未见其收到%s分配方案的送达记录，%s即发放执行款（民诉法解释第五百零九条：分配方案应送达各债权人）。执行法院%s。',
              j.event_date, j.counterparty, coalesce('（证件号' || j.counterparty_id || '）', ''), z.plan, z.paid, z.court_name),
       z.case_src || ' ' || z.plan_src || ' ' || j.src || ' ' || z.paid_src,
       '已核：受送达人按证件号（无证件号时按本案记载的名称）比对；已送达他人' || z.served
FROM z JOIN v_events j ON j.case_id = z.case_id AND j.kind = '参与分配' AND j.event_date <= z.paid
 AND j.counterparty IS NOT NULL
WHERE z.served IS NOT NULL AND NOT z.served_all
  AND NOT EXISTS (SELECT 1 FROM v_events v WHERE v.case_id = z.case_id AND v.kind = '分配方案送达'
                  AND v.event_date >= z.plan AND v.event_date <= z.paid
                  AND ((v.counterparty_id IS NOT NULL AND j.counterparty_id IS NOT NULL
                        AND upper(v.counterparty_id) = upper(j.counterparty_id))
                       OR ((v.counterparty_id IS NULL OR j.counterparty_id IS NULL) AND v.counterparty = j.counterparty)))
UNION ALL
SELECT case_id, plan || '#异议期',
       printf('%s制作分配方案，最后一次送达%s，异议期十五日届满于%s，%s即发放执行款，异议期未满（民诉法解释第五百零九条）。执行法院%s。',
              plan, served, legal_add_days(served, 15), paid, court_name),
       case_src || ' ' || plan_src || ' ' || served_src || ' ' || paid_src,
       '已核：送达与发放日期均据本案记录；期间按民诉法第八十五条计算'
FROM z WHERE served IS NOT NULL AND paid <= legal_add_days(served, 15)
UNION ALL
SELECT case_id, plan || '#异议通知',
       printf('%s%s对%s的分配方案提出异议，%s发放执行款前未见通知其他债权人、被执行人的记录（民诉法解释第五百一十条第一款）。执行法院%s。',
              obj_date, coalesce(nullif(objector, ''), '有债权人'), plan, paid, court_name),
       case_src || ' ' || plan_src || ' ' || obj_src || ' ' || paid_src,
       '已核：异议至发放之间无异议通知记录'
FROM z WHERE obj_date IS NOT NULL AND notice_date IS NULL
UNION ALL
SELECT case_id, plan || '#反对期',
       printf('%s%s对分配方案提出异议，%s通知其他债权人、被执行人，反对期十五日届满于%s，%s即发放执行款（民诉法解释第五百一十条第二款）。执行法院%s。',
              obj_date, coalesce(nullif(objector, ''), '有债权人'), notice_date, legal_add_days(notice_date, 15), paid, court_name),
       case_src || ' ' || plan_src || ' ' || obj_src || ' ' || notice_src || ' ' || paid_src,
       '已核：期间按民诉法第八十五条计算'
FROM z WHERE notice_date IS NOT NULL AND paid <= legal_add_days(notice_date, 15)
UNION ALL
SELECT np.case_id, 'noplan',
       printf('本案执行款分别发放给申请执行人及其他债权人：%s；申请执行人未获全额清偿（执行标的%s），即多个债权人分配同一执行款，%s前未见制作分配方案的记录（民诉法解释第五百零九条：应当制作财产分配方案并送达各债权人和被执行人）。执行法院%s。',
              np.list, coalesce(yuan(c.claim_fen), '不详'), np.shared, c.court_name),
       c.src || ' ' || np.srcs,
       '已核：收款人按证件号（无证件号时按名称）与本案申请执行人、被执行人比对，退还被执行人的不计；申请执行人所获少于执行标的；该次发放前无分配方案记录'
FROM np JOIN v_case_state c ON c.case_id = np.case_id
WHERE (np.to_app IS NULL OR c.claim_fen IS NULL OR np.to_app < c.claim_fen)
  AND NOT EXISTS (SELECT 1 FROM v_events p WHERE p.case_id = np.case_id AND p.kind = '分配方案' AND p.event_date <= np.shared)
