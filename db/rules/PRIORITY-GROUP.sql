-- code: PRIORITY-GROUP
-- title: 特定群体（老年人、劳动者追索劳动报酬）案件另有监督线索：优先审查
-- stage: 优先审查
-- severity: 高
-- version: 3
-- after: leads
-- verification: V1
-- basis: 《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第十条（V1）：“拒不执行支付赡养费、扶养费、抚养费、抚恤金、医疗费用、劳动报酬等判决、裁定，构成犯罪的，应当依法从重处罚。”
-- basis: 《中华人民共和国民事诉讼法》第一百零九条（V1）：“人民法院对下列案件，根据当事人的申请，可以裁定先予执行：（一）追索赡养费、扶养费、抚养费、抚恤金、医疗费用的；（二）追索劳动报酬的；（三）因情况紧急需要先予执行的。”
-- basis: 依职权监督：《人民检察院民事诉讼监督规则》（2021）第三十七条（V1）：“人民检察院在履行职责中发现民事案件有下列情形之一的，应当依职权启动监督程序：……（四）……执行活动存在违法情形的；……（六）具有重大社会影响等确有必要进行监督的情形。”
-- basis: 老年人：《中华人民共和国老年人权益保障法》第二条（V1，LawRefBook 全文核对，laws/ 未收）：“本法所称老年人是指六十周岁以上的公民。”农民工：《保障农民工工资支付条例》（国务院令第724号）第二条第二款（V1，同上）：“本条例所称农民工，是指为用人单位提供劳动的农村居民。”该条例并无人民法院执行中优先发放农民工工资的条文（第三十三条只禁止因他债查封、冻结、划拨工资专用账户和工资保证金），故不作优先的依据。
-- remedy: 建议优先审查该案的其他监督线索：涉老年人、劳动者权益的执行违法从快核实、从快监督；涉劳动报酬的，同时审查有无拒不执行判决、裁定的线索。
-- needs: 本次筛查其他规则的线索（temp.screen_hits）与未重查规则的在案线索（leads）；cases（案由）；v_case_state（执行依据文号、标的、到位）；parties（申请执行人类别、出生日期或身份证号）
-- param: elderly_age = 60 | 老年人年龄（周岁）
-- What this rule chose (domain.md: PRIORITY-GROUP raises the severity of
-- a case's leads): a case qualifies when it has a lead of another rule and
--   an applicant is a person aged :elderly_age or more today (老年人权益
--   保障法 第二条: 六十周岁; birth date from the party, else from a valid
--   身份证号), or it is a labour case brought by a worker: 案由 names 劳动 /
--   工资 / 工伤 (劳动争议, 追索劳动报酬纠纷 …) or the 执行依据 is a labour
--   arbitration award (劳人仲 / 劳仲), and an applicant is a person (an
--   employer enforcing against a worker is no protected group).
-- Until v2 the rule flagged such cases by itself when 终本 or idle; those
-- are other rules' findings (ZB-*, XJ-IDLE), and a priority case with no
-- finding is no lead. It runs after the other rules (after: leads) and
-- reads their hits of this screen, and the active leads of rules that did
-- not check the case (screen.c). A case whose applicant comes of age later
-- wakes on that day. 残疾人 and 农民工 as such cannot be told from the data
-- (no field); a 农民工's wage claim is caught as a labour case.
WITH c AS MATERIALIZED (
  SELECT cs.case_id, cs.case_no, cc.cause, cc.basis_no, cs.court_name, cs.src AS case_src,
         cs.claim_fen, cs.paid_fen, cs.outstanding_fen,
         coalesce(cc.cause LIKE '%劳动%' OR cc.cause LIKE '%工资%' OR cc.cause LIKE '%工伤%'
                  OR cc.basis_no LIKE '%劳人仲%' OR cc.basis_no LIKE '%劳仲%', 0)
         AND EXISTS (SELECT 1 FROM case_parties cp JOIN parties p ON p.id = cp.party_id
                     WHERE cp.case_id = cs.case_id AND cp.role = '申请执行人' AND p.kind <> 'org') AS labour
  FROM screen_scope s
  CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
  JOIN cases cc ON cc.id = cs.case_id),
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
  SELECT c.*, old.aged, old.who, coalesce(old.aged <= :today, 0) AS old_ok
  FROM c LEFT JOIN old ON old.case_id = c.case_id
  WHERE c.labour OR old.aged IS NOT NULL),
-- the other rules' current leads on these cases
other AS (
  SELECT h.case_id, h.rule_code FROM q JOIN temp.screen_hits h ON h.case_id = q.case_id
  WHERE h.rule_code <> 'PRIORITY-GROUP'
  UNION
  SELECT l.case_id, l.rule_code FROM q JOIN leads l ON l.case_id = q.case_id AND l.status = 'active'
  WHERE l.rule_code <> 'PRIORITY-GROUP'
    AND NOT EXISTS (SELECT 1 FROM temp.screen_ran x WHERE x.code = l.rule_code
                    AND (x.full = 1 OR l.case_id IN (SELECT case_id FROM temp.scope_inc)))),
o AS (
  SELECT other.case_id, group_concat(other.rule_code || '（' || coalesce(r.title, '') || '）', '、') AS rules,
         count(*) AS n
  FROM (SELECT * FROM other ORDER BY case_id, rule_code) other LEFT JOIN rules r ON r.code = other.rule_code
  GROUP BY other.case_id)
SELECT q.case_id, '' AS hit_key,
       (q.labour OR q.old_ok) AND o.n IS NOT NULL AS fires,
       CASE WHEN NOT q.labour AND q.aged > :today THEN q.aged END AS wake,
       printf('%s%s；执行标的%s，到位%s，未履行%s。本案另有监督线索%d条：%s，应优先审查。执行法院%s。',
              iif(q.old_ok, '申请执行人' || q.who || '，属老年人', ''),
              iif(q.labour, iif(q.old_ok, '；', '') || '本案案由“' || coalesce(q.cause, '') || '”'
                            || coalesce('，执行依据' || q.basis_no, '') || '，申请执行人为劳动者，属劳动争议、追索劳动报酬案件', ''),
              yuan(q.claim_fen), yuan(coalesce(q.paid_fen, 0)), yuan(coalesce(q.outstanding_fen, 0)),
              coalesce(o.n, 0), coalesce(o.rules, ''), q.court_name) AS evidence,
       q.case_src AS sources,
       '已核：申请执行人年龄按今日计（出生日期或有效身份证号）；劳动争议案件的申请执行人为自然人；另有其他规则的在案线索；残疾人、农民工身份数据未载，未据以判断' AS checked
FROM q LEFT JOIN o ON o.case_id = q.case_id
WHERE o.n IS NOT NULL OR (NOT q.labour AND q.aged > :today)
