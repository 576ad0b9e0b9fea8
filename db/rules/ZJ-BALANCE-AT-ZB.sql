-- code: ZJ-BALANCE-AT-ZB
-- title: 带财终本：终本前后被执行人账户余额足以清偿或超过阈值
-- stage: 终本
-- severity: 高
-- version: 2
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（三）项（V2）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”。
-- basis: 《中华人民共和国民事诉讼法》（2023修正）第二百五十三条第一款（V1）：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询被执行人的存款、债券、股票、基金份额等财产情况。人民法院有权根据不同情形扣押、冻结、划拨、变价被执行人的财产。……”
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条（V1）：“经过财产调查未发现可供执行的财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准后，可以裁定终结本次执行程序。……”
-- remedy: 建议法院核查终本时的存款查询、冻结情况，撤销终本裁定并恢复执行，依法冻结、划拨存款。
-- needs: bank_txns（被执行人账户的交易后余额 balance_fen、日期）；cases（结案方式=终结本次执行程序、结案日、未履行金额）
-- param: window_days = 30 | 终本日前多少天内的余额计入（分析窗口，非法定期间）
-- param: after_days = 0 | 终本日后多少天内的余额也计入
-- param: min_yuan = 10000 | 余额达到此数（元），或达到未履行金额，即为线索（政策默认值）
WITH b AS MATERIALIZED (
  SELECT c.case_id, c.zb_date AS zb, coalesce(c.outstanding_fen, 0) AS owed, c.src AS case_src,
         cp.party_id AS pid, a.id AS acct, a.account_no, t.id AS txn_id, t.txn_date, t.txn_time, t.balance_fen,
         t.src_file_id, t.src_row
  FROM screen_scope s
  CROSS JOIN v_case_state c ON c.case_id = s.case_id
  CROSS JOIN case_parties cp ON cp.case_id = c.case_id AND cp.role = '被执行人'
  CROSS JOIN bank_accounts a ON a.party_id = cp.party_id
  CROSS JOIN bank_txns t ON t.account_id = a.id
   AND t.txn_date >= date(c.zb_date, '-' || :window_days || ' days')
   AND t.txn_date <= date(c.zb_date, '+' || :after_days || ' days')
  WHERE c.is_zb AND c.zb_date IS NOT NULL AND t.balance_fen IS NOT NULL AND c.outstanding_fen > 0),
peak AS (
  SELECT case_id, pid, acct, max(balance_fen) AS top FROM b GROUP BY case_id, pid, acct
  HAVING max(balance_fen) >= min(:min_yuan * 100, max(owed))),
-- the balance the account was left with on the day of 终本 (its last transaction up to then)
last AS (
  SELECT case_id, acct, balance_fen, txn_date, txn_id FROM (
    SELECT case_id, acct, balance_fen, txn_date, txn_id,
           row_number() OVER (PARTITION BY case_id, acct ORDER BY txn_date DESC, txn_time DESC, src_row DESC) AS rn
    FROM b WHERE txn_date <= zb)
  WHERE rn = 1)
SELECT k.case_id, 'acct:' || b.account_no AS hit_key,
       printf('终本日期%s；被执行人%s的账户%s在%s%s余额%s〔%s:%d〕，%s未履行金额%s；%s。',
              b.zb, p.name, b.account_no, b.txn_date, coalesce(' ' || b.txn_time, ''), yuan(b.balance_fen),
              coalesce(f.name, '文件' || b.src_file_id), b.src_row,
              iif(b.balance_fen >= b.owed, '足以清偿', '低于'), yuan(b.owed),
              coalesce(printf('终本日前最后一笔交易（%s）后余额%s', l.txn_date, yuan(l.balance_fen)),
                       '终本日前窗口内无交易')) AS evidence,
       b.case_src || ' bank:' || b.txn_id || coalesce(' bank:' || l.txn_id, '') AS sources
FROM peak k
JOIN b ON b.case_id = k.case_id AND b.acct = k.acct AND b.pid = k.pid AND b.balance_fen = k.top
JOIN parties p ON p.id = k.pid
LEFT JOIN last l ON l.case_id = k.case_id AND l.acct = k.acct
LEFT JOIN import_file_names f ON f.id = b.src_file_id
GROUP BY k.case_id, k.pid, k.acct
