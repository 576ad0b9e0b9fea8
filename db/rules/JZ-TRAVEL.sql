-- code: JZ-TRAVEL
-- title: 被限制消费后乘坐飞机、G字头动车、列车软卧等（违反限制消费令，未予处罚）
-- stage: 信用惩戒
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（法释〔2015〕17号）第三条（V1）：“被执行人为自然人的，被采取限制消费措施后，不得有以下高消费及非生活和工作必需的消费行为：（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；……（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。被执行人为单位的，被采取限制消费措施后，被执行人及其法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人不得实施前款规定的行为。因私消费以个人财产实施前款规定行为的，可以向执行法院提出申请。执行法院审查属实的，应予准许。”
-- basis: 同规定第十一条第一款（V1）：“被执行人违反限制消费令进行消费的行为属于拒不履行人民法院已经发生法律效力的判决、裁定的行为，经查证属实的，依照《中华人民共和国民事诉讼法》第一百一十一条的规定，予以拘留、罚款；情节严重，构成犯罪的，追究其刑事责任。”——所引第一百一十一条即现行《中华人民共和国民事诉讼法》（2023修正）第一百一十四条第一款第（六）项（V1）：“拒不履行人民法院已经发生法律效力的判决、裁定的。”
-- basis: 《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）第一条第（五）项（V1）：“违反限制消费令的”，人民法院应当将其纳入失信被执行人名单。
-- basis: 例外：同规定第八条（V1）：“被限制消费的被执行人因生活或者经营必需而进行本规定禁止的消费活动的，应当向人民法院提出申请，获批准后方可进行。”——记为“解除限制消费”并以到期日为准许期间的，期间内出行不计；其他动车组列车二等座、普速列车软卧以外席别不在禁止之列；舱位、席别不详的不计。
-- basis: 拒执与本规则的分工：已因拒绝报告、虚假报告财产或违反限制消费令等被罚款、拘留后再违反限制消费令的，属《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第三条第（四）项（V1）“具有拒绝报告或者虚假报告财产情况、违反人民法院限制消费令等拒不执行行为，经采取罚款、拘留等强制措施后仍拒不执行的”拒执线索，由 JZ-AFTER-SANCTION 另行提示（移送拒执）；此后的出行本身仍是新的违反限制消费令行为，法院应依同规定第十一条再予处罚，本规则仍予提示。
-- remedy: 建议法院核实出行记录，对违反限制消费令的被执行人（单位被执行人的法定代表人）依法罚款、拘留，并依失信规定第一条第（五）项纳入失信被执行人名单；经罚款、拘留后仍违反的，作为拒不执行判决、裁定罪线索移送。
-- needs: v_forbidden_trip(限制消费令后、禁止之列、本人、未解除的出行，041；由 v_restricted、v_trip 得出：限制消费令约束的人：自然人被执行人；单位被执行人的法定代表人〔party_links，企业登记任职、离任日期〕)；v_trip(出行：交通方式、车次/航班、舱位/席别)；v_measure_target(解除限制消费〔到期日=准许期间〕、罚款、拘留〔标的物=事由〕)；v_case_state(结案)
-- A trip counts when it lies after the 限制消费令 binding its traveller,
-- no lifting (or permission period) covers its day, the case was not
-- closed before it, its class is forbidden (v_trip.clause) and no 罚款/拘留
-- for a 限消 violation followed it (the court acted). A 罚款/拘留 before it
-- does not answer it: the trip is a new violation the court must punish
-- (第十一条), and JZ-AFTER-SANCTION adds the 拒执 referral (until v2 this
-- rule left such trips to it alone). A registry row is read
-- only through its party link; a name-only link is said so, and a row whose
-- ID differs from the person's is never theirs.
WITH mt AS MATERIALIZED (
  SELECT t.* FROM screen_scope s CROSS JOIN v_measure_target t ON t.case_id = s.case_id
  WHERE t.kind IN ('罚款', '拘留')),
hit AS (   -- v_forbidden_trip (041): after the order, a forbidden class, the person's own, not lifted
  SELECT v.case_id, v.person_id, v.target_id, v.via, max(v.xx_date) AS xx_date, v.xx_src,
         v.trip_id, v.start_date, v.item, v.seat, v.clause, v.match, v.from_place, v.dest_place
  FROM screen_scope s
  CROSS JOIN v_forbidden_trip v ON v.case_id = s.case_id
  JOIN v_case_state cs ON cs.case_id = v.case_id
  WHERE NOT (cs.is_closed AND cs.closing_date < v.start_date)
    AND NOT EXISTS (SELECT 1 FROM mt f WHERE f.case_id = v.case_id AND f.kind IN ('罚款', '拘留')
                    AND f.event_date >= v.start_date
                    AND ((coalesce(f.item, '') || coalesce(f.note, '')) LIKE '%限制消费%'
                         OR (coalesce(f.item, '') || coalesce(f.note, '')) LIKE '%限消%'
                         OR (coalesce(f.item, '') || coalesce(f.note, '')) LIKE '%高消费%'
                         OR (coalesce(f.item, '') || coalesce(f.note, '')) LIKE '%乘坐%'))
  GROUP BY v.case_id, v.trip_id)
SELECT h.case_id, 'trip:' || h.trip_id AS hit_key,
       printf('%s：%s对%s发出限制消费令%s；%s，%s%s%s（%s），未见解除或准许，法院亦未就此罚款、拘留。',
              cs.court_name, h.xx_date, iif(h.via = '限制消费令所列人员', '', '被执行人') || coalesce(t.name, ''),
              iif(h.via = '被执行人的法定代表人', printf('，%s时任其法定代表人（限消规定第三条第二款）', p.name), ''),
              h.start_date, p.name,
              substr(h.clause, 1, instr(h.clause, '（') - 1),
              printf('“%s”%s%s', h.item, iif(coalesce(h.seat, '') <> '' AND h.clause NOT LIKE '%' || h.seat || '%', h.seat, ''),
                     iif(h.from_place IS NOT NULL AND h.dest_place IS NOT NULL, printf('，%s—%s', h.from_place, h.dest_place), '')),
              '限消规定' || substr(h.clause, instr(h.clause, '（') + 1, length(h.clause) - instr(h.clause, '（') - 1)
              || iif(h.match = 'id', '；出行记录按证件号码匹配', '；出行记录仅按姓名匹配，需核实身份')) AS evidence,
       trim(cs.src || ' ' || h.xx_src || ' registry:' || h.trip_id) AS sources,
       '已核：出行在限制消费令之后、结案之前；未见解除或准许期间；舱位/席别属禁止之列；此后未就此罚款、拘留（此前已受罚款、拘留的，另见JZ-AFTER-SANCTION）；证件号不一致的出行记录不计' AS checked
FROM hit h
JOIN v_case_state cs ON cs.case_id = h.case_id
JOIN parties p ON p.id = h.person_id
LEFT JOIN parties t ON t.id = h.target_id
