-- code: ZJ-SPEND-LIMITED
-- title: 被限制消费后账户支付机票、高铁、酒店等高消费（违反限消令，拒执线索）
-- stage: 刑事线索
-- severity: 高
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（2015修正）第三条第一款（V1）：“被执行人为自然人的，被采取限制消费措施后，不得有以下高消费及非生活和工作必需的消费行为：（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；……（六）旅游、度假；……（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。”
-- basis: 同条第二款（V1）：“被执行人为单位的，被采取限制消费措施后，被执行人及其法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人不得实施前款规定的行为。……”
-- basis: 同规定第十一条第一款（V1）：“被执行人违反限制消费令进行消费的行为属于拒不履行人民法院已经发生法律效力的判决、裁定的行为，经查证属实的，依照《中华人民共和国民事诉讼法》第一百一十一条的规定，予以拘留、罚款；情节严重，构成犯罪的，追究其刑事责任。”
-- basis: 《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第三条第（四）项（V1）：“具有拒绝报告或者虚假报告财产情况、违反人民法院限制消费令等拒不执行行为，经采取罚款、拘留等强制措施后仍拒不执行的；”
-- remedy: 建议法院核实消费情况，依法对违反限制消费令的被执行人罚款、拘留；经强制措施后仍拒不执行的，移送拒不执行判决、裁定罪线索。
-- needs: events（限制消费、解除限制消费）；bank_txns（被执行人账户的支出：摘要、对方户名、渠道）；单位被执行人另看其法定代表人（party_links）的账户
-- param: keywords = 机票、航空、12306、铁路、高铁、动车、酒店、宾馆、度假、高尔夫、夜总会、头等舱、商务座、旅行社、奢侈品 | 摘要、对方户名或渠道含其中一词（词与词以顿号分隔）即为高消费
-- param: min_yuan = 300 | 单笔不低于此数（元）
WITH kw AS MATERIALIZED (SELECT value AS w FROM json_each('["' || replace(replace(replace(:keywords, '\', ''), '"', ''), '、', '","') || '"]')
                         WHERE value <> ''),
x AS MATERIALIZED (
  SELECT c.id AS case_id, cp.party_id AS debtor, min(e.event_date) AS xx
  FROM screen_scope s
  CROSS JOIN cases c ON c.id = s.case_id
  CROSS JOIN v_events e ON e.case_id = c.id AND e.kind = '限制消费'
  CROSS JOIN case_parties cp ON cp.case_id = c.id AND cp.role = '被执行人'
  GROUP BY c.id, cp.party_id),
who AS (                                  -- the debtor, and for a company its 法定代表人 (第三条第二款)
  SELECT case_id, debtor, xx, debtor AS pid, '被执行人' AS role FROM x
  UNION ALL
  SELECT x.case_id, x.debtor, x.xx, l.a, '被执行人的法定代表人' FROM x
  CROSS JOIN party_links l ON l.b = x.debtor AND l.kind = '法定代表人'
  WHERE (SELECT kind FROM parties WHERE id = x.debtor) = 'org'),
out AS MATERIALIZED (
  SELECT w.case_id, w.xx, w.pid, w.role, a.account_no, t.id AS tid, t.txn_date, t.txn_time, t.amount_fen, t.cp_name, t.summary,
         t.src_file_id, t.src_row,
         coalesce(t.summary, '') || ' ' || coalesce(t.cp_name, '') || ' ' || coalesce(t.channel, '') AS txt
  FROM who w
  CROSS JOIN bank_accounts a ON a.party_id = w.pid
  CROSS JOIN bank_txns t ON t.account_id = a.id AND t.txn_date > w.xx
  WHERE t.direction = 'out' AND t.amount_fen >= :min_yuan * 100),
spend AS MATERIALIZED (
  SELECT o.* FROM out o
  WHERE EXISTS (SELECT 1 FROM kw WHERE instr(o.txt, kw.w) > 0)
    AND NOT EXISTS (SELECT 1 FROM v_events l WHERE l.case_id = o.case_id AND l.kind = '解除限制消费'
                    AND l.event_date > o.xx AND l.event_date <= o.txn_date))
SELECT g.case_id, '' AS hit_key,
       printf('%s对被执行人发出限制消费令；此后%s共%d笔高消费支出，合计%s：%s。', min(g.xx), group_concat(DISTINCT p.name || '（' || g.role || '）'),
              count(*), yuan(sum(g.amount_fen)),
              (SELECT group_concat(item, '；') FROM (
                 SELECT printf('%s%s %s支付%s至%s（%s）〔%s:%d〕', h.txn_date, coalesce(' ' || h.txn_time, ''),
                               q.name, yuan(h.amount_fen), coalesce(h.cp_name, '（无户名）'), coalesce(h.summary, ''),
                               coalesce(f.name, '文件' || h.src_file_id), h.src_row) AS item
                 FROM spend h JOIN parties q ON q.id = h.pid LEFT JOIN import_file_names f ON f.id = h.src_file_id
                 WHERE h.case_id = g.case_id ORDER BY h.txn_date, h.txn_time LIMIT 10))) AS evidence,
       'case:' || g.case_id || ' ' || group_concat('bank:' || g.tid, ' ') AS sources
FROM spend g JOIN parties p ON p.id = g.pid
GROUP BY g.case_id
