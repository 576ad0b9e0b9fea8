-- code: ZB-BANKRUPTCY
-- title: 企业法人多案终本、债权人多个，未征询移送破产（执转破）
-- stage: 终本
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十一条（V1）：“在执行中，作为被执行人的企业法人符合企业破产法第二条第一款规定情形的，执行法院经申请执行人之一或者被执行人同意，应当裁定中止对该被执行人的执行，将执行案件相关材料移送被执行人住所地人民法院。”
-- basis: 同解释第五百一十四条（V1）：“当事人不同意移送破产或者被执行人住所地人民法院不受理破产案件的，执行法院就执行变价所得财产，在扣除执行费用及清偿优先受偿的债权后，对于普通债权，按照财产保全和执行中查封、扣押、冻结财产的先后顺序清偿。”
-- basis: 《中华人民共和国企业破产法》第二条第一款（V1，LawRefBook 全文核对，laws/ 未收）：“企业法人不能清偿到期债务，并且资产不足以清偿全部债务或者明显缺乏清偿能力的，依照本法规定清理债务。”《最高人民法院关于执行案件移送破产审查若干问题的指导意见》（法发〔2017〕2号）第4条（条文序号与首句V2：“执行法院在执行程序中应加强对执行案件移送破产审查有关事宜的告知和征询工作。”其后措辞V3）：执行法院发现作为被执行人的企业法人符合破产条件的，应当及时询问申请执行人、被执行人是否同意移送破产审查，并释明法律后果。
-- remedy: 建议法院就该企业法人的执行案件征询申请执行人、被执行人是否同意移送破产审查并释明法律后果，经同意的依法裁定中止执行、移送被执行人住所地人民法院；不同意的，依民诉法解释第五百一十四条按查封先后顺序清偿。
-- needs: v_debtor(被执行人类型、统一社会信用代码)；case_parties(申请执行人)；v_case_state(终本、未履行金额)；v_events(移送破产、破产释明)
-- param: min_cases = 2 | 同一企业法人以终本结案的案件数（政策默认）
-- param: min_creditors = 2 | 上述终本案件中不同申请执行人的个数（政策默认：执转破以多个债权人为前提）
-- Repeated 终本 for lack of property against one company, owed to several
-- creditors, is 不能清偿到期债务 and 明显缺乏清偿能力 on the record. The
-- court must then ask whether the parties agree to a 移送破产; a 破产释明 or a
-- 移送破产 in any case of this debtor answers it. Only 企业法人 (第五百一十一条):
-- not a 分公司, 合伙企业, 个人独资企业 or 个体工商户 (信用代码 92…).
-- v3: whatever the count, a case closed 终本 after the applicant or the
-- debtor agreed to a 移送破产 (a 破产释明 recording the consent) with no
-- 移送破产 is a lead on that case: 第五百一十一条 says the court 应当 then
-- suspend and transfer.
-- Each CTE is read more than once, so each is materialised, and the
-- creditor count is joined, not looked up per company (a scalar subquery
-- scans a materialised table): both were quadratic — 8.7 s at 100,000
-- cases, 115 s at 300,000 (bench/rule_scaling.sh).
WITH co AS MATERIALIZED (SELECT DISTINCT d.party_id, d.name, d.id_no
            FROM screen_scope s CROSS JOIN v_debtor d ON d.case_id = s.case_id
            WHERE d.kind = 'org' AND d.name NOT LIKE '%分公司%' AND d.name NOT LIKE '%合伙%'
              AND d.name NOT LIKE '%个人独资%'
              AND (substr(coalesce(d.id_no, ''), 1, 2) = '91' OR d.name LIKE '%公司%')),
zbs AS MATERIALIZED (SELECT co.party_id, cs.case_id, cs.case_no, cs.zb_date, cs.outstanding_fen, cs.src,
               (SELECT group_concat(p.name, '、') FROM case_parties a CROSS JOIN parties p ON p.id = a.party_id
                WHERE a.case_id = cs.case_id AND a.role = '申请执行人') AS creditors
        FROM co CROSS JOIN case_parties cp ON cp.party_id = co.party_id AND cp.role = '被执行人'
        CROSS JOIN v_case_state cs ON cs.case_id = cp.case_id
        WHERE cs.is_zb AND cs.zb_date IS NOT NULL),
cred AS MATERIALIZED (SELECT z.party_id, count(DISTINCT a.party_id) AS m
         FROM zbs z CROSS JOIN case_parties a ON a.case_id = z.case_id AND a.role = '申请执行人'
         GROUP BY z.party_id),
agg AS MATERIALIZED (
        SELECT g.*, coalesce(cred.m, 0) AS m
        FROM (SELECT zbs.party_id, count(*) AS n, sum(coalesce(outstanding_fen, 0)) AS owed,
                     group_concat(case_no || '（终本' || zb_date || '，申请执行人' || coalesce(creditors, '不详')
                                  || coalesce('，未履行' || yuan(outstanding_fen), '') || '）', '；') AS list,
                     group_concat(src, ' ') AS srcs
              FROM zbs GROUP BY zbs.party_id) AS g
        LEFT JOIN cred ON cred.party_id = g.party_id)
SELECT zbs.case_id, 'party:' || co.party_id AS hit_key,
       printf('被执行人%s（%s）系企业法人，共有%d件执行案件以终结本次执行程序结案，涉及%d个不同申请执行人，未履行合计%s：%s。各案均未见征询当事人是否同意移送破产审查（破产释明）或移送破产的记录。',
              co.name, coalesce(co.id_no, '无信用代码'), agg.n, agg.m, yuan(agg.owed), agg.list) AS evidence,
       agg.srcs AS sources,
       printf('已核：被执行人为企业法人（非分公司、合伙企业、个人独资企业、个体工商户）；该被执行人全部案件均无移送破产、破产释明记录；终本案件来自%d个不同申请执行人', agg.m) AS checked
FROM agg
CROSS JOIN co ON co.party_id = agg.party_id
CROSS JOIN zbs ON zbs.party_id = agg.party_id
JOIN screen_scope s ON s.case_id = zbs.case_id
WHERE agg.n >= :min_cases AND agg.m >= :min_creditors
  AND NOT EXISTS (SELECT 1 FROM case_parties cp CROSS JOIN v_events e ON e.case_id = cp.case_id
                  WHERE cp.party_id = agg.party_id AND cp.role = '被执行人' AND e.kind IN ('移送破产', '破产释明'))
UNION ALL
SELECT cs.case_id, 'consent:' || e.id AS hit_key,
       printf('被执行人%s（%s）系企业法人；%s的破产释明记录：“%s”，即已有当事人同意移送破产审查。依民诉法解释第五百一十一条，经申请执行人之一或者被执行人同意的，执行法院应当裁定中止执行并移送被执行人住所地人民法院；本案未见移送破产，反于%s裁定终结本次执行程序。',
              co.name, coalesce(co.id_no, '无信用代码'), e.event_date, e.what, cs.zb_date) AS evidence,
       cs.src || ' ' || e.src AS sources,
       '已核：被执行人为企业法人（非分公司、合伙企业、个人独资企业、个体工商户）；同意移送的记录早于终本；本案无移送破产记录' AS checked
FROM co
CROSS JOIN case_parties cp ON cp.party_id = co.party_id AND cp.role = '被执行人'
JOIN screen_scope s ON s.case_id = cp.case_id
JOIN v_case_state cs ON cs.case_id = cp.case_id AND cs.is_zb AND cs.zb_date IS NOT NULL
JOIN (SELECT x.id, x.case_id, x.event_date, x.src, trim(coalesce(x.result, '') || ' ' || coalesce(x.note, '')) AS what
      FROM v_events x WHERE x.kind = '破产释明') e
  ON e.case_id = cs.case_id AND e.event_date <= cs.zb_date
 AND (e.what LIKE '%申请执行人同意%' OR e.what LIKE '%被执行人同意%' OR e.what LIKE '%一方同意%'
      OR (e.what LIKE '%同意移送%' AND e.what NOT LIKE '%不同意%'))
WHERE NOT EXISTS (SELECT 1 FROM v_events m WHERE m.case_id = cs.case_id AND m.kind = '移送破产')
