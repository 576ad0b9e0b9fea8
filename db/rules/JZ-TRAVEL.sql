-- code: JZ-TRAVEL
-- title: 被限制消费人乘坐飞机、高铁（违反限消令，拒执线索）
-- stage: 刑事线索
-- severity: 高
-- version: 1
-- verification: V2
-- basis: 《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（2015修正）第三条（V2）：“被执行人为自然人的，被采取限制消费措施后，不得有以下高消费及非生活和工作必需的消费行为：（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；……（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。……”
-- basis: 《最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第三条第（四）项（V1）：“具有拒绝报告或者虚假报告财产情况、违反人民法院限制消费令等拒不执行行为，经采取罚款、拘留等强制措施后仍拒不执行的；”
-- remedy: 建议法院对违反限制消费令的行为依法罚款、拘留，纳入失信名单；经强制措施后仍拒不执行的，移送拒不执行判决、裁定罪线索。
-- needs: events(限制消费、解除限制消费)；registry_records(出行：航空、铁路 G/D 字头)
SELECT c.id AS case_id, 'trip:' || r.id AS hit_key,
       printf('%s对被执行人%s发出限制消费令；%s其%s“%s”%s（%s匹配）。', x.event_date, r.holder_name, r.start_date,
              iif(coalesce(coalesce(r.mode, json_extract(r.detail, '$.mode')), '') = '铁路', '乘坐', '乘坐飞机'), r.item,
              iif(EXISTS (SELECT 1 FROM events f WHERE f.case_id = c.id AND f.kind IN ('罚款', '拘留')
                          AND f.event_date < r.start_date), '，此前已被罚款或拘留', ''),
              iif(r.match = 'id', '证件号', '仅姓名')) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events x ON x.case_id = c.id AND x.kind = '限制消费'
JOIN case_parties cp ON cp.case_id = c.id AND cp.role = '被执行人'
-- CROSS JOIN keeps the order case → debtor → registry (no ANALYZE statistics needed)
CROSS JOIN registry_records r ON r.party_id = cp.party_id AND r.kind = '出行'
WHERE r.start_date > x.event_date
  AND (coalesce(coalesce(r.mode, json_extract(r.detail, '$.mode')), '航空') = '航空' OR r.item GLOB '*[GD][0-9]*'
       OR r.item LIKE '%航班%' OR r.item LIKE '%高铁%')
  AND NOT EXISTS (SELECT 1 FROM events l WHERE l.case_id = c.id AND l.kind = '解除限制消费'
                  AND l.event_date <= r.start_date)
GROUP BY c.id, r.id
