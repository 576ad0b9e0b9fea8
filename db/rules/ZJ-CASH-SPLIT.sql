-- code: ZJ-CASH-SPLIT
-- title: 被执行人立案后拆分取现，每笔略低于大额现金报告标准（隐匿财产线索）
-- stage: 刑事线索
-- severity: 中
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百八十八条第（一）项（V1）：“在法律文书发生法律效力后隐藏、转移、变卖、毁损财产或者无偿转让财产、以明显不合理的价格交易财产、放弃到期债权、无偿为他人提供担保等，致使人民法院无法执行的；”
-- basis: 《中华人民共和国刑法》第三百一十三条（V1）：“对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。”
-- basis: 《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第五条第一款（V1）：“有能力执行是指负有执行义务的人有全部执行或者部分执行给付财产义务或履行特定行为义务的能力。”
-- basis: 大额现金交易报告的5万元标准出自中国人民银行《金融机构大额交易和可疑交易报告管理办法》（中国人民银行令〔2016〕第3号）第五条第一款第（一）项（V2，未收入 laws/）：“当日单笔或者累计交易人民币5万元以上（含5万元）……的现金缴存、现金支取……”，此处只作为参数默认值使用，不作为监督依据引用。
-- remedy: 建议法院调取取现凭证及监控、询问被执行人现金去向，依法查找、控制现金；有能力执行而拒不执行、情节严重的，移送拒不执行判决、裁定罪线索。
-- needs: bank_txns（被执行人账户的取现：摘要或渠道含“取现”“现金”“取款”“ATM”，日期、金额）；cases（立案日）
-- param: limit_yuan = 50000 | 报告标准（元）：每笔低于此数（政策默认值，见上）
-- param: low_yuan = 40000 | 每笔不低于此数（元）才算“略低于”标准
-- param: min_count = 3 | 时间窗内至少这么多笔
-- param: window_days = 7 | 时间窗（天，分析窗口，非法定期间）
WITH w AS MATERIALIZED (
  SELECT c.id AS case_id, c.filing_date AS filed, cp.party_id AS pid, t.id AS tid, t.txn_date, t.txn_time,
         t.amount_fen, a.account_no, t.src_file_id, t.src_row
  FROM screen_scope s
  CROSS JOIN cases c ON c.id = s.case_id
  CROSS JOIN case_parties cp ON cp.case_id = c.id AND cp.role = '被执行人'
  CROSS JOIN bank_accounts a ON a.party_id = cp.party_id
  CROSS JOIN bank_txns t ON t.account_id = a.id AND t.txn_date >= c.filing_date
  WHERE t.direction = 'out' AND t.amount_fen >= :low_yuan * 100 AND t.amount_fen < :limit_yuan * 100
    AND coalesce(c.closing_method, '') NOT IN ('执行完毕', '终结执行')
    AND (t.summary LIKE '%取现%' OR t.summary LIKE '%现金%' OR t.summary LIKE '%取款%' OR t.summary LIKE '%ATM%'
         OR t.channel LIKE '%ATM%' OR t.channel LIKE '%取现%' OR t.channel LIKE '%现金%')),
-- how many withdrawals fall in the window starting at each one, then the
-- withdrawals inside some window that holds enough (window functions: no
-- pairwise comparison)
runs AS MATERIALIZED (
  SELECT w.*, count(*) OVER (PARTITION BY case_id ORDER BY julianday(txn_date)
                             RANGE BETWEEN CURRENT ROW AND :window_days FOLLOWING) AS ahead
  FROM w),
members AS MATERIALIZED (
  SELECT * FROM (
    SELECT r.*, max(r.ahead >= :min_count) OVER (PARTITION BY case_id ORDER BY julianday(txn_date)
                                                 RANGE BETWEEN :window_days PRECEDING AND CURRENT ROW) AS inrun
    FROM runs r)
  WHERE inrun)
SELECT m.case_id, '' AS hit_key,
       printf('立案日期%s；被执行人%s在%d天内多次取现，每笔在%s至%s之间（略低于%s）：共%d笔，合计%s：%s。',
              min(m.filed), p.name, :window_days, yuan(:low_yuan * 100), yuan(:limit_yuan * 100), yuan(:limit_yuan * 100), count(*),
              yuan(sum(m.amount_fen)),
              (SELECT group_concat(item, '；') FROM (
                 SELECT printf('%s%s 账户%s取现%s〔%s:%d〕', g.txn_date, coalesce(' ' || g.txn_time, ''),
                               g.account_no, yuan(g.amount_fen), coalesce(f.name, '文件' || g.src_file_id),
                               g.src_row) AS item
                 FROM members g LEFT JOIN import_file_names f ON f.id = g.src_file_id
                 WHERE g.case_id = m.case_id ORDER BY g.txn_date, g.txn_time LIMIT 12))) AS evidence,
       'case:' || m.case_id || ' ' || group_concat('bank:' || m.tid, ' ') AS sources
FROM members m JOIN parties p ON p.id = m.pid
GROUP BY m.case_id
