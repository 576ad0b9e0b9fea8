-- code: ZJ-INCOME
-- title: 终本案件被执行人有固定收入（工资、租金、分红、理赔）到账，未扣留、提取
-- stage: 终本
-- severity: 高
-- version: 2
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》（2023修正）第二百五十四条（V1）：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权扣留、提取被执行人应当履行义务部分的收入。但应当保留被执行人及其所扶养家属的生活必需费用。”
-- basis: 同法第二百五十三条第一款（V1）：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询被执行人的存款、债券、股票、基金份额等财产情况。人民法院有权根据不同情形扣押、冻结、划拨、变价被执行人的财产。……”
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（三）项（V2）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”。
-- remedy: 建议法院向支付单位发出协助执行通知，扣留、提取被执行人的收入（保留生活必需费用），并恢复执行。
-- needs: bank_txns（被执行人账户的收入：摘要、对方户名）；cases（结案方式=终结本次执行程序、结案日）
-- param: lookback_months = 6 | 终本前多少个月内的收入计入（分析窗口，非法定期间）
-- param: after_days = 90 | 终本后多少天内的收入也计入（终本后仍有收入，可恢复执行）
-- param: min_months = 3 | 至少在这么多个不同月份收到同类收入，才算“固定收入”
-- param: min_total_yuan = 3000 | 同类收入合计不低于此数（元）
WITH inc AS MATERIALIZED (
  SELECT c.case_id, c.zb_date AS zb, c.src AS case_src, cp.party_id AS pid, t.id AS tid, t.txn_date, t.amount_fen,
         t.cp_name, t.summary,
         t.src_file_id, t.src_row,
         CASE WHEN t.summary LIKE '%工资%' OR t.summary LIKE '%薪%' OR t.summary LIKE '%代发%' OR t.summary LIKE '%奖金%'
                   OR t.summary LIKE '%绩效%' OR t.summary LIKE '%劳务费%' THEN '工资'
              WHEN t.summary LIKE '%租金%' OR t.summary LIKE '%房租%' OR t.summary LIKE '%租赁%' THEN '租金'
              WHEN t.summary LIKE '%分红%' OR t.summary LIKE '%股息%' OR t.summary LIKE '%红利%' THEN '分红'
              WHEN t.summary LIKE '%理赔%' OR t.summary LIKE '%保险金%' OR t.summary LIKE '%赔款%' THEN '保险理赔'
         END AS what
  FROM screen_scope s
  CROSS JOIN v_case_state c ON c.case_id = s.case_id
  CROSS JOIN case_parties cp ON cp.case_id = c.case_id AND cp.role = '被执行人'
  CROSS JOIN bank_accounts a ON a.party_id = cp.party_id
  CROSS JOIN bank_txns t ON t.account_id = a.id
   AND t.txn_date >= add_months_raw(c.zb_date, -:lookback_months)
   AND t.txn_date <= date(c.zb_date, '+' || :after_days || ' days')
  WHERE c.is_zb AND c.zb_date IS NOT NULL AND t.direction = 'in' AND c.outstanding_fen > 0),
-- the first eight of each kind, listed in date order (one pass, no correlated scan)
lists AS (
  SELECT case_id, pid, what, group_concat(item, '；') AS items FROM (
    SELECT g.case_id, g.pid, g.what,
           printf('%s 收入%s，来自%s（%s）〔%s:%d〕', g.txn_date, yuan(g.amount_fen),
                  coalesce(g.cp_name, '（无户名）'), coalesce(g.summary, ''),
                  coalesce(f.name, '文件' || g.src_file_id), g.src_row) AS item,
           row_number() OVER (PARTITION BY g.case_id, g.pid, g.what ORDER BY g.txn_date, g.src_row) AS rn
    FROM inc g LEFT JOIN import_file_names f ON f.id = g.src_file_id
    WHERE g.what IS NOT NULL
    ORDER BY g.case_id, g.pid, g.what, rn)
  WHERE rn <= 8 GROUP BY case_id, pid, what)
SELECT i.case_id, i.what || ':' || i.pid AS hit_key,
       printf('终本日期%s；被执行人%s在终本前%d个月至终本后%d天内有%d个月收到%s，共%d笔，合计%s：%s。',
              i.zb, p.name, :lookback_months, :after_days, count(DISTINCT substr(i.txn_date, 1, 7)), i.what, count(*),
              yuan(sum(i.amount_fen)), l.items) AS evidence,
       min(i.case_src) || ' ' || group_concat('bank:' || i.tid, ' ') AS sources
FROM inc i JOIN parties p ON p.id = i.pid
JOIN lists l ON l.case_id = i.case_id AND l.pid = i.pid AND l.what = i.what
WHERE i.what IS NOT NULL
GROUP BY i.case_id, i.pid, i.what
HAVING count(DISTINCT substr(i.txn_date, 1, 7)) >= :min_months AND sum(i.amount_fen) >= :min_total_yuan * 100
