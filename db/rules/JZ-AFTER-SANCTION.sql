-- code: JZ-AFTER-SANCTION
-- title: 经罚款、拘留后仍拒报财产或违反限制消费令（拒执罪线索）
-- stage: 刑事线索
-- severity: 高
-- version: 3
-- verification: V1
-- basis: 《中华人民共和国刑法》第三百一十三条第一款（V1）：“对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。”
-- basis: 《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第三条第（四）项（V1）：负有执行义务的人有能力执行而拒不执行，且“具有拒绝报告或者虚假报告财产情况、违反人民法院限制消费令等拒不执行行为，经采取罚款、拘留等强制措施后仍拒不执行的”，应当认定为“其他有能力执行而拒不执行，情节严重的情形”。
-- basis: 同解释第七条（V1）：“……‘致使判决、裁定无法执行’，一般是指人民法院依据法律及相关规定采取执行措施后仍无法执行的情形，包括判决、裁定全部无法执行，也包括部分无法执行。”
-- basis: 《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（法释〔2015〕17号）第十一条第一款（V1）：“被执行人违反限制消费令进行消费的行为属于拒不履行人民法院已经发生法律效力的判决、裁定的行为，经查证属实的，依照《中华人民共和国民事诉讼法》第一百一十一条的规定，予以拘留、罚款；情节严重，构成犯罪的，追究其刑事责任。”；限制消费的范围见同规定第三条（V1，飞机、列车软卧、轮船二等以上舱位，G字头动车组列车全部座位、其他动车组列车一等以上座位；单位被执行人的法定代表人同受限制）。
-- remedy: 建议法院将被执行人涉嫌拒不执行判决、裁定罪的线索移送公安机关；检察机关依法开展立案监督。
-- needs: v_measure_target(罚款、拘留：标的物/备注为事由——拒绝报告、虚假报告、逾期报告财产，违反限制消费令，拒不履行)；v_reports(财产报告〔结果：拒绝/虚假/逾期〕，含报告财产令一行所记结果)；v_restricted、v_trip(限制消费令后的出行)；v_case_state(未履行金额、结案)
-- The first 罚款/拘留 imposed for a 拒不执行 act (its 事由 names a ground of
-- 失信规定 第一条: v_sanctions, 043 — 拒报财产, 违反限制消费令, 转移财产,
-- 妨碍执行, 拒不履行 …) starts the count; what follows it
-- is: a forbidden trip under a 限制消费令 not lifted, a 财产报告 refused,
-- false or late, or a further 罚款/拘留 for such an act. The case must be
-- neither performed nor closed (执行完毕、终结执行 …; 终本 is not closed),
-- with money still owed. One lead per case.
WITH sanction AS MATERIALIZED (   -- v_sanctions (043): the 失信 ground its 事由 names
  SELECT f.* FROM screen_scope s CROSS JOIN v_sanctions f ON f.case_id = s.case_id
  WHERE f.ground IS NOT NULL AND f.event_date IS NOT NULL),
first_s AS (
  SELECT * FROM (SELECT s.*, row_number() OVER (PARTITION BY s.case_id ORDER BY s.event_date, s.id) AS k FROM sanction s)
  WHERE k = 1),
-- what followed the first sanction: a forbidden trip (v_forbidden_trip, 041) …
later AS (
  SELECT f.case_id, v.start_date AS d,
         printf('%s%s%s“%s”', v.start_date, p.name, substr(v.clause, 1, instr(v.clause, '（') - 1), v.item)
         || iif(v.match = 'id', '', '（出行记录仅姓名匹配）') AS what,
         'registry:' || v.trip_id AS src
  FROM first_s f
  CROSS JOIN v_forbidden_trip v ON v.case_id = f.case_id AND v.start_date > f.event_date
  JOIN parties p ON p.id = v.person_id
  UNION
  SELECT f.case_id, e.event_date, printf('%s财产报告结果为“%s”', e.event_date, e.result), e.src
  FROM first_s f CROSS JOIN v_reports e ON e.case_id = f.case_id
  WHERE e.event_date > f.event_date
    AND e.breach
  UNION
  SELECT f.case_id, s.event_date, printf('%s再因%s被%s', s.event_date, s.why, s.kind), s.src
  FROM first_s f JOIN sanction s ON s.case_id = f.case_id AND s.event_date > f.event_date)
SELECT f.case_id, '' AS hit_key,
       printf('%s：%s因“%s”对%s%s；此后仍拒不执行：%s。案件%s，尚未履行%s（标的%s − 到位%s）。经罚款、拘留后仍拒不执行，涉嫌拒执解释第三条第（四）项所列情形（有无履行能力尚需查明）。',
              cs.court_name, f.event_date, f.why,
              coalesce(iif(EXISTS (SELECT 1 FROM v_debtor d WHERE d.case_id = f.case_id AND d.party_id = f.party_id), '被执行人', '')
                       || p.name, f.counterparty, '被执行人'),
              iif(f.kind = '罚款', '罚款' || coalesce(yuan(f.amount_fen), ''), '拘留'),
              (SELECT group_concat(what, '；') FROM (SELECT what FROM later l WHERE l.case_id = f.case_id ORDER BY d, what)),
              iif(cs.is_zb, printf('已于%s终结本次执行程序', cs.zb_date), '未结'),
              yuan(cs.outstanding_fen), yuan(cs.claim_fen), yuan(coalesce(cs.paid_fen, 0))) AS evidence,
       cs.src || ' ' || f.src || ' ' || (SELECT group_concat(src, ' ') FROM (SELECT DISTINCT src FROM later l WHERE l.case_id = f.case_id ORDER BY src)) AS sources,
       '已核：强制措施系因拒绝、虚假报告财产或违反限制消费令等拒不执行行为；其后行为晚于该强制措施；出行未获解除或准许；案件未执行完毕、未结案且仍有未履行金额' AS checked
FROM first_s f
JOIN v_case_state cs ON cs.case_id = f.case_id
LEFT JOIN parties p ON p.id = f.party_id
WHERE NOT cs.is_closed AND coalesce(cs.outstanding_fen, 1) > 0
  AND EXISTS (SELECT 1 FROM later l WHERE l.case_id = f.case_id)
