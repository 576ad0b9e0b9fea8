-- code: PRIORITY-GROUP
-- title: 特定群体（老年人、劳动者追索劳动报酬）案件未执行到位：优先审查
-- stage: 优先审查
-- severity: 高
-- version: 2
-- verification: V1
-- basis: 《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第十条（V1）：“拒不执行支付赡养费、扶养费、抚养费、抚恤金、医疗费用、劳动报酬等判决、裁定，构成犯罪的，应当依法从重处罚。”
-- basis: 《中华人民共和国民事诉讼法》第一百零九条（V1）：“人民法院对下列案件，根据当事人的申请，可以裁定先予执行：（一）追索赡养费、扶养费、抚养费、抚恤金、医疗费用的；（二）追索劳动报酬的；（三）因情况紧急需要先予执行的。”
-- basis: 依职权监督：《人民检察院民事诉讼监督规则》（2021）第三十七条（V1）：“人民检察院在履行职责中发现民事案件有下列情形之一的，应当依职权启动监督程序：……（四）……执行活动存在违法情形的；……（六）具有重大社会影响等确有必要进行监督的情形。”
-- basis: 老年人：《中华人民共和国老年人权益保障法》第二条（条文序号待核，U）：“本法所称老年人是指六十周岁以上的公民。”农民工工资：《保障农民工工资支付条例》（国务院令第724号，条文序号待核，U）。
-- remedy: 建议优先审查该案：终本案件核查终本是否合法、有无可供执行财产、应否恢复执行；长期无执行行为的，依职权向法院了解执行情况并督促依法及时执行；涉劳动报酬的，审查有无拒不执行判决、裁定的线索。
-- needs: v_case_state（案由、执行依据文号、终本日期、未履行金额）；parties（申请执行人出生日期或身份证号）；v_events（最后一次执行行为、恢复执行）；v_stay（和解、中止、暂缓）；v_family（执恢案件）
-- param: elderly_age = 60 | 老年人年龄（周岁）
-- param: idle_days = 90 | 未结案件多少日无任何执行行为视为搁置（日，政策默认，与 XJ-IDLE 同）
-- What this rule chose (domain.md PRIORITY-GROUP): a case qualifies when
--   the applicant is a person aged :elderly_age or more (birth date from
--   the party, else from a valid 身份证号) — on the day of 终本 for a 终本
--   case (the court closed it on an elderly applicant), today for an open
--   one — or the case is a labour case:
--   案由 names 劳动 / 工资 / 工伤 (劳动争议, 追索劳动报酬纠纷 …) or the
--   执行依据 is a labour arbitration award (劳人仲 / 劳仲);
-- and money is still owed, and the case is 终本 (not resumed: no 恢复执行,
--   no 执恢 case filed after 终本), or it is open and no act has been
--   recorded for :idle_days days (while a 和解/中止/暂缓 runs it is not
--   stalled).
-- 残疾人 and 农民工 as such cannot be told from the data (no field); a
-- 农民工's wage claim is caught as a labour case. Severity 高 puts these
-- leads first; the rule does not change other rules' leads.
WITH c AS MATERIALIZED (
  SELECT cs.case_id, cs.case_no, cc.cause, cc.basis_no, cs.court_name, cs.src AS case_src, cs.filing_date,
         cs.claim_fen, cs.paid_fen, cs.outstanding_fen, cs.zb_date,
         coalesce(cs.is_zb, 0) AND NOT EXISTS (SELECT 1 FROM v_events r WHERE r.case_id = cs.case_id AND r.kind = '恢复执行'
                                  AND r.event_date > cs.zb_date)
                  AND NOT EXISTS (SELECT 1 FROM v_family f JOIN v_case_state m ON m.case_id = f.member_id
                                  WHERE f.case_id = cs.case_id AND m.type_code = '执恢' AND m.filing_date > cs.zb_date) AS zb_now,
         coalesce(cc.cause LIKE '%劳动%' OR cc.cause LIKE '%工资%' OR cc.cause LIKE '%工伤%'
                  OR cc.basis_no LIKE '%劳人仲%' OR cc.basis_no LIKE '%劳仲%', 0) AS labour   -- no 案由: not labour (NULL lost the wake)
  FROM screen_scope s
  CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
  JOIN cases cc ON cc.id = cs.case_id
  WHERE NOT cs.is_closed AND cs.outstanding_fen > 0),
old AS (
  SELECT c.case_id, min(add_months_raw(b.birth, :elderly_age * 12)) AS aged,
         group_concat(b.name || '（出生日期' || b.birth || '，' || add_months_raw(b.birth, :elderly_age * 12)
                      || '年满' || :elderly_age || '周岁）', '、') AS who
  FROM c JOIN case_parties cp ON cp.case_id = c.case_id AND cp.role = '申请执行人'
  JOIN (SELECT p.id, p.name, coalesce(p.birth_date,
               CASE WHEN p.id_valid = 1 AND length(p.id_no) = 18 AND substr(p.id_no, 7, 2) IN ('19', '20')
                    THEN substr(p.id_no, 7, 4) || '-' || substr(p.id_no, 11, 2) || '-' || substr(p.id_no, 13, 2) END) AS birth
        FROM parties p WHERE p.kind <> 'org') b ON b.id = cp.party_id
  WHERE b.birth IS NOT NULL
  GROUP BY c.case_id),
q AS (
  SELECT c.*, old.aged, old.who,
         old.aged IS NOT NULL AND old.aged <= CASE WHEN c.zb_now THEN c.zb_date ELSE :today END AS old_ok,
         (SELECT max(e.event_date) FROM v_events e WHERE e.case_id = c.case_id AND e.event_date <= :today) AS last_act,
         (SELECT e.src FROM v_events e WHERE e.case_id = c.case_id AND e.event_date <= :today
          ORDER BY e.event_date DESC, e.id DESC LIMIT 1) AS last_src,
         (SELECT max(coalesce(t.end_date, '9999-12-31')) FROM v_stay t WHERE t.case_id = c.case_id
          AND t.start_date <= :today AND coalesce(t.end_date, '9999-12-31') >= :today) AS stay_to
  FROM c LEFT JOIN old ON old.case_id = c.case_id
  WHERE c.labour OR old.aged IS NOT NULL),
d AS (
  SELECT q.*, legal_add_days(coalesce(q.last_act, q.filing_date), :idle_days) AS due FROM q
  WHERE q.labour OR q.old_ok OR (NOT q.zb_now AND q.aged > :today))
SELECT case_id, '' AS hit_key,
       (labour OR old_ok) AND (zb_now OR (stay_to IS NULL AND :today > due)) AS fires,
       nullif(min(CASE WHEN NOT zb_now AND NOT labour AND aged > :today THEN aged ELSE '9999-12-31' END,
                  CASE WHEN NOT zb_now AND stay_to IS NULL AND :today <= due THEN date(due, '+1 day')
                       WHEN NOT zb_now AND stay_to IS NOT NULL AND stay_to < '9999' THEN date(stay_to, '+1 day')
                       ELSE '9999-12-31' END), '9999-12-31') AS wake,
       printf('%s%s；执行标的%s，到位%s，未履行%s；%s。执行法院%s。',
              iif(old_ok, '申请执行人' || who || iif(zb_now, '，终本时已属老年人', '，属老年人'), ''),
              iif(labour, iif(old_ok, '；', '') || '本案案由“' || coalesce(cause, '') || '”'
                          || coalesce('，执行依据' || basis_no, '') || '，属劳动争议、追索劳动报酬案件', ''),
              yuan(claim_fen), yuan(coalesce(paid_fen, 0)), yuan(outstanding_fen),
              iif(zb_now, '该案于' || zb_date || '终结本次执行程序，未恢复执行',
                  '该案未结，最后一次执行行为在' || coalesce(last_act, filing_date || '（立案）') || '，此后' || :idle_days
                  || '日届满于' || due || '，其间无执行行为'),
              court_name) AS evidence,
       trim(case_src || coalesce(' ' || last_src, '')) AS sources,
       '已核：尚有未履行金额；' || iif(zb_now, '终本后未恢复执行（无恢复执行记录、无执恢案件）', '期间内无和解、中止、暂缓')
       || '；残疾人、农民工身份数据未载，未据以判断' AS checked
FROM d
WHERE zb_now OR stay_to IS NULL OR stay_to < '9999'
