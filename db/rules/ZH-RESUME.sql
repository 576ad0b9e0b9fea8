-- code: ZH-RESUME
-- title: 终本后发现被执行人财产而未及时恢复执行
-- stage: 终本后
-- severity: 高
-- version: 3
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第九条第一款（V2）：“终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向执行法院申请恢复执行。申请恢复执行不受申请执行时效期间的限制。执行法院核查属实的，应当恢复执行。”第二款（V2）：“……符合恢复执行条件的，执行法院应当及时恢复执行。”
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第二款（V1）：“依照前款规定终结执行后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。”
-- basis: 《最高人民法院关于执行案件立案、结案若干问题的意见》（法发〔2014〕26号，2015年1月1日起施行）第六条第（三）项（V2）：执行实施案件以裁定终结本次执行程序方式报结后，如发现被执行人有财产可供执行，申请执行人申请或者人民法院依职权恢复执行的，应当按照恢复执行案件予以立案（执恢）。
-- remedy: 建议法院核查该财产，依法恢复执行并采取控制措施。
-- needs: v_case_state（终本日期）；registry_records（按 party_id 关联被执行人：不动产、车辆、公积金、股权、存款的登记日）；v_events（终本后查询/网络查控 结果“发现…”、线索核查 结果“属实”或 v_clues/v_clue_answers 对该线索的现场调查结果“属实”、恢复执行、查封/扣押/冻结）；v_family（执恢案件）
-- param: grace_days = 30 | 发现财产后应恢复执行的期限（日，政策默认：规定为“及时”）
-- Property turns up after 终本 in three ways: a registry record of the
-- debtor (tied by party_id: an ID conflict leaves it unlinked; a name-only
-- tie is weak and said so) registered after 终本 and still held when the
-- period ended; a query after 终本 whose result is 发现…; a lead verified
-- 属实. The court has acted when the case was resumed (恢复执行, or a 执恢
-- case of the family filed after 终本) or it seized, froze or took property
-- in the case after 终本.
WITH zb AS MATERIALIZED (
  SELECT c.case_id, c.zb_date AS zb, c.court_name, c.src AS case_src,
         (SELECT min(d) FROM (
            SELECT r.event_date || '恢复执行' AS d FROM v_events r WHERE r.case_id = c.case_id AND r.kind = '恢复执行'
              AND r.event_date > c.zb_date
            UNION ALL
            SELECT k.event_date || k.kind FROM v_events k WHERE k.case_id = c.case_id AND k.kind IN ('查封', '扣押', '冻结')
              AND k.event_date > c.zb_date
            UNION ALL
            SELECT m.filing_date || '立执恢案件' || m.case_no FROM v_family f JOIN v_case_state m ON m.case_id = f.member_id
            WHERE f.case_id = c.case_id AND m.type_code = '执恢' AND m.filing_date > c.zb_date)) AS acted
  FROM screen_scope s
  CROSS JOIN v_case_state c ON c.case_id = s.case_id
  WHERE c.is_zb AND c.zb_date IS NOT NULL),
found AS (
  SELECT zb.case_id, r.kind || ':' || coalesce(r.reg_no, r.item) AS hit_key, r.start_date AS f,
         printf('%s被执行人%s名下新登记%s“%s”%s（%s）', r.start_date, r.holder_name, r.kind, coalesce(r.item, r.reg_no, ''),
                iif(r.value_fen IS NULL, '', '，价值' || yuan(r.value_fen)),
                iif(r.match = 'id', '按证件号关联', '仅姓名匹配，弱')) AS what,
         'registry:' || r.id AS src, r.match = 'id' AS strong, r.end_date AS gone
  FROM zb CROSS JOIN v_debtor d ON d.case_id = zb.case_id
  CROSS JOIN registry_records r ON r.party_id = d.party_id
  WHERE r.kind IN ('不动产', '车辆', '公积金', '股权', '存款') AND r.start_date > zb.zb
  UNION ALL
  SELECT zb.case_id, 'query:' || e.event_date, e.event_date,
         printf('%s%s结果：%s', e.event_date, iif(e.kind = '网络查控', '网络查控', '终本后查询'), e.result),
         e.src, 1, NULL
  FROM zb CROSS JOIN v_events e ON e.case_id = zb.case_id AND e.kind IN ('终本后查询', '网络查控') AND e.event_date > zb.zb
  WHERE e.result LIKE '发现%'
  UNION ALL
  SELECT zb.case_id, 'clue:' || e.event_date, e.event_date,
         printf('%s财产线索核查属实%s', e.event_date, coalesce('（' || e.item || '）', '')), e.src, 1, NULL
  FROM zb CROSS JOIN v_events e ON e.case_id = zb.case_id AND e.kind = '线索核查' AND e.event_date > zb.zb
  WHERE e.result LIKE '%属实%' AND e.result NOT LIKE '%不属实%'
  UNION ALL   -- a 现场调查 of a lead given after 终本 that found it true (v_clue_answers, 033)
  SELECT zb.case_id, 'clue:' || a.event_date, a.event_date,
         printf('%s现场调查核实申请执行人%s提供的财产线索属实（%s）：%s', a.event_date, c.event_date, coalesce(c.item, ''),
                e.result), a.src, 1, NULL
  FROM zb CROSS JOIN v_clues c ON c.case_id = zb.case_id AND c.event_date > zb.zb
  JOIN v_clue_answers a ON a.clue_id = c.id AND a.kind = '现场调查'
  JOIN v_events e ON e.id = a.id AND e.case_id = a.case_id
  WHERE e.result LIKE '%属实%' AND e.result NOT LIKE '%不属实%'),
d AS (
  SELECT found.*, zb.zb, zb.court_name, zb.case_src, substr(zb.acted, 1, 10) AS acted_date, substr(zb.acted, 11) AS acted_how,
         legal_add_days(found.f, :grace_days) AS due
  FROM found JOIN zb ON zb.case_id = found.case_id)
SELECT case_id, hit_key,
       acted_date IS NOT NULL OR :today > due AS fires,
       CASE WHEN acted_date IS NULL AND :today <= due THEN date(due, '+1 day') END AS wake,
       printf('终本日期%s；%s；自发现之日起%d日届满于%s，%s。执行法院%s。',
              zb, what, :grace_days, due,
              iif(acted_date IS NULL, '至届满日未恢复执行（无恢复执行记录、无执恢案件、未采取控制措施）',
                  '至届满日未恢复执行，直到' || acted_date || '才' || acted_how),
              court_name) AS evidence,
       case_src || ' ' || src AS sources,
       '已核：财产出现于终本之后；'
       || iif(src LIKE 'registry:%', iif(strong, '按证件号关联被执行人', '仅姓名匹配（无证件号冲突）')
              || '；至届满日仍登记在被执行人名下；', '')
       || '期限内未恢复执行、未立执恢案件、未采取控制措施' AS checked
FROM d
WHERE (gone IS NULL OR gone > due) AND (acted_date IS NULL OR acted_date > due)
