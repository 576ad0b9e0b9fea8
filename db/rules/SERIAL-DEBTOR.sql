-- code: SERIAL-DEBTOR
-- title: 同一被执行人多案终本（串案审查）
-- stage: 串并
-- severity: 中
-- version: 2
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第一条第（三）项（V2）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”——同一被执行人在多案中均以无财产终本的，应逐案核对财产调查是否穷尽、结论是否一致。
-- basis: 《中华人民共和国民事诉讼法》第二百四十六条（V1）：“人民检察院有权对民事执行活动实行法律监督。”
-- basis: 被执行人为企业法人的：《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十一条（V1）：“在执行中，作为被执行人的企业法人符合企业破产法第二条第一款规定情形的，执行法院经申请执行人之一或者被执行人同意，应当裁定中止对该被执行人的执行，将执行案件相关材料移送被执行人住所地人民法院。”；为公民或者其他组织的：同解释第五百零六条第一款（V1）：“被执行人为公民或者其他组织，在执行程序开始后，被执行人的其他已经取得执行依据的债权人发现被执行人的财产不能清偿所有债权的，可以向人民法院申请参与分配。”
-- remedy: 建议对同一被执行人的终本案件并案审查：核对各案财产调查结论、查控措施和案款分配是否一致，发现财产的一并恢复执行；被执行人为企业法人的，审查是否应释明并移送破产审查。
-- needs: case_parties(被执行人，按证件号归并)；cases(结案方式、终本日期、标的、到位金额、原案号)；events(其他案件的查封、扣押、冻结、案款到账)
-- param: min_cases = 3 | 同一被执行人（按证件号）终本的执行依据数达到此数即提示（政策默认）
-- Debtors are parties, one per ID number, so a namesake with another ID is
-- another debtor; a debtor without an ID number is left out (a name alone
-- cannot tie cases together). A 执恢 case and the case it resumes (v_family)
-- are one claim and count once. The evidence lists the 终本 cases and the
-- debtor's other cases that show property controlled or money received
-- after the first 终本 (the same debtor "无财产" in one case, paying in
-- another). Nothing here depends on today: no wake.
WITH dp AS (
  SELECT DISTINCT d.party_id FROM screen_scope s JOIN v_debtor d ON d.case_id = s.case_id WHERE d.id_no IS NOT NULL),
zb AS (
  SELECT dp.party_id, cs.case_id, cs.case_no, cs.court_name, cs.zb_date, cs.outstanding_fen, cs.src, fr.root_id
  FROM dp JOIN case_parties cp ON cp.party_id = dp.party_id AND cp.role = '被执行人'
  JOIN v_case_state cs ON cs.case_id = cp.case_id AND cs.is_zb
  JOIN v_family_root fr ON fr.case_id = cs.case_id),
t AS (
  SELECT party_id, count(DISTINCT root_id) AS n, min(zb_date) AS first_zb, sum(outstanding_fen) AS owed,
         group_concat(case_no || '（' || court_name || '，' || coalesce(zb_date, '终本日期不详') || '终本，未履行' ||
                      coalesce(yuan(outstanding_fen), '金额不详') || '）', '、') AS list,
         group_concat(src, ' ') AS srcs
  FROM (SELECT * FROM zb ORDER BY zb_date, case_id) GROUP BY party_id HAVING count(DISTINCT root_id) >= :min_cases),
other AS (
  SELECT t.party_id, group_concat(cs.case_no || e.event_date || e.kind || coalesce('“' || e.item || '”', '') ||
                                  coalesce(yuan(coalesce(e.amount_fen, e.value_fen)), ''), '；') AS seen,
         group_concat(e.src, ' ') AS srcs
  FROM t JOIN case_parties cp ON cp.party_id = t.party_id AND cp.role = '被执行人'
  JOIN v_case_state cs ON cs.case_id = cp.case_id AND NOT coalesce(cs.is_zb, 0)
  JOIN v_events e ON e.case_id = cs.case_id AND e.kind IN ('查封', '扣押', '冻结', '案款到账')
   AND e.event_date >= t.first_zb
  GROUP BY t.party_id)
SELECT z.case_id, 'party:' || t.party_id AS hit_key,
       printf('被执行人%s（%s）有%d个执行依据的案件以终结本次执行程序结案（执恢案件与原案合计一次），合计未履行%s：%s。',
              p.name, p.id_no, t.n, coalesce(yuan(t.owed), '金额不详'), t.list) ||
       iif(o.seen IS NOT NULL, printf('首次终本（%s）后，该被执行人在其他案件中有财产控制或到账记录：%s。', t.first_zb, o.seen), '') ||
       iif(p.kind = 'org', '被执行人为企业法人，应审查是否符合移送破产审查的条件（民诉法解释第五百一十一条）。', '') AS evidence,
       trim(t.srcs || ' ' || coalesce(o.srcs, '')) AS sources,
       '已核：按证件号归并，同名而证件号不同者不合并；执恢案件与原案只计一次' AS checked
FROM t JOIN parties p ON p.id = t.party_id
JOIN zb z ON z.party_id = t.party_id
JOIN screen_scope s ON s.case_id = z.case_id
LEFT JOIN other o ON o.party_id = t.party_id
