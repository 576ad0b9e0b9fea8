-- code: ZJ-TRANSFER-OUT
-- title: 被执行人立案后向关联方转出资金（拒执、规避执行线索）
-- stage: 刑事线索
-- severity: 高
-- version: 2
-- verification: V1
-- basis: 《中华人民共和国刑法》第三百一十三条（V1）：“对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。”
-- basis: 《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第六条（V1）：“行为人为逃避执行义务，在诉讼开始后、裁判生效前实施隐藏、转移财产等行为，在判决、裁定生效后经查证属实，要求其执行而拒不执行的，可以认定其有能力执行而拒不执行，情节严重，以拒不执行判决、裁定罪追究刑事责任。”
-- basis: 同解释第八条（V1）：“案外人明知负有执行义务的人有能力执行而拒不执行人民法院的判决、裁定，与其通谋，协助实施隐藏、转移财产等拒不执行行为，致使判决、裁定无法执行的，以拒不执行判决、裁定罪的共犯论处。”
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百八十八条第（一）项（V1）：“在法律文书发生法律效力后隐藏、转移、变卖、毁损财产或者无偿转让财产、以明显不合理的价格交易财产、放弃到期债权、无偿为他人提供担保等，致使人民法院无法执行的；”
-- remedy: 建议法院调查资金去向及收款方与被执行人的关系，依法追回或对收款方采取执行措施；有能力执行而拒不执行、情节严重的，移送公安机关以拒不执行判决、裁定罪立案侦查。
-- needs: bank_txns（被执行人账户的转出：日期、金额、对方户名/账号）；party_links（法定代表人、股东、监事、高管、共有人、买受人、同证件号、同电话、同地址；不含“交易对手”）；cases（立案日、终本日、未履行金额）
-- param: single_yuan = 50000 | 单笔转出达到此数（元）即为线索（政策默认值，法律未量化）
-- param: total_yuan = 100000 | 向同一关联方累计转出达到此数（元）即为线索（政策默认值）
-- param: pre_zb_days = 180 | 终本案件：终本前此天数内的转出也计入（可早于立案，对应解释第六条“诉讼开始后”）
-- The window is an analysis window, not a legal period: plain date arithmetic.
WITH d AS MATERIALIZED (
  SELECT c.case_id, cp.party_id AS pid, c.filing_date AS filed,
         CASE WHEN c.zb_date IS NOT NULL
              THEN min(c.filing_date, date(c.zb_date, '-' || :pre_zb_days || ' days')) ELSE c.filing_date END AS since,
         c.zb_date AS zb, c.outstanding_fen AS owed
  FROM screen_scope s
  CROSS JOIN v_case_state c ON c.case_id = s.case_id
  CROSS JOIN case_parties cp ON cp.case_id = c.case_id AND cp.role = '被执行人'
  WHERE c.filing_date IS NOT NULL AND NOT c.is_closed AND c.outstanding_fen > 0
    AND EXISTS (SELECT 1 FROM bank_accounts a WHERE a.party_id = cp.party_id)),
rel AS MATERIALIZED (
  SELECT case_id, pid, since, x, group_concat(DISTINCT kind) AS kinds, max(strength = 'strong') AS strong FROM (
    SELECT d.case_id, d.pid, d.since, l.b AS x, l.kind, l.strength FROM d
    CROSS JOIN party_links l ON l.a = d.pid AND l.kind <> '交易对手'
    UNION ALL
    SELECT d.case_id, d.pid, d.since, l.a, l.kind, l.strength FROM d
    CROSS JOIN party_links l ON l.b = d.pid AND l.kind <> '交易对手')
  WHERE x <> pid GROUP BY case_id, pid, x),
hits AS MATERIALIZED (
  SELECT r.case_id, r.pid, r.x, t.id AS tid, t.txn_date, t.txn_time, t.amount_fen, t.cp_name, t.cp_account, t.src_file_id, t.src_row
  FROM rel r
  CROSS JOIN bank_accounts a ON a.party_id = r.pid
  CROSS JOIN bank_txns t ON t.account_id = a.id AND t.txn_date >= r.since
  WHERE t.direction = 'out'
    AND (t.cp_name = (SELECT p.name FROM parties p WHERE p.id = r.x)
         OR t.cp_account IN (SELECT o.account_no FROM bank_accounts o WHERE o.party_id = r.x)))
SELECT h.case_id, 'party:' || h.x AS hit_key,
       printf('立案日期%s%s；被执行人%s向关联方%s（%s，%s关联）转出%d笔，合计%s，单笔最大%s：%s。',
              d.filed, coalesce('，终本日期' || d.zb, ''), dp.name, xp.name, r.kinds, iif(r.strong, '强', '弱'),
              count(*), yuan(sum(h.amount_fen)), yuan(max(h.amount_fen)),
              (SELECT group_concat(item, '；') FROM (
                 SELECT printf('%s%s 转出%s至%s%s〔%s:%d〕', g.txn_date, coalesce(' ' || g.txn_time, ''),
                               yuan(g.amount_fen), coalesce(g.cp_name, '（无户名）'),
                               coalesce('（账号' || g.cp_account || '）', ''),
                               coalesce(f.name, '文件' || g.src_file_id), g.src_row) AS item
                 FROM hits g LEFT JOIN import_file_names f ON f.id = g.src_file_id
                 WHERE g.case_id = h.case_id AND g.pid = h.pid AND g.x = h.x
                 ORDER BY g.txn_date, g.txn_time LIMIT 10))) AS evidence,
       'case:' || h.case_id || ' ' || group_concat('bank:' || h.tid, ' ') AS sources
FROM hits h
JOIN d ON d.case_id = h.case_id AND d.pid = h.pid
JOIN rel r ON r.case_id = h.case_id AND r.pid = h.pid AND r.x = h.x
JOIN parties dp ON dp.id = h.pid
JOIN parties xp ON xp.id = h.x
GROUP BY h.case_id, h.pid, h.x
HAVING max(h.amount_fen) >= :single_yuan * 100 OR sum(h.amount_fen) >= :total_yuan * 100
