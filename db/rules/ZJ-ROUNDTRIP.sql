-- code: ZJ-ROUNDTRIP
-- title: 调解、和解案件中被执行人付给申请执行人的款项又回流（虚假诉讼线索）
-- stage: 刑事线索
-- severity: 高
-- version: 2
-- verification: V1
-- basis: 《中华人民共和国刑法》第三百零七条之一第一款（V1）：“以捏造的事实提起民事诉讼，妨害司法秩序或者严重侵害他人合法权益的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金；情节严重的，处三年以上七年以下有期徒刑，并处罚金。”
-- basis: 《最高人民法院、最高人民检察院关于办理虚假诉讼刑事案件适用法律若干问题的解释》（2018）第一条第一款第（二）项（V1）：“与他人恶意串通，捏造债权债务关系和以物抵债协议的；”
-- basis: 《中华人民共和国民事诉讼法》（2023修正）第一百一十六条（V1）：“被执行人与他人恶意串通，通过诉讼、仲裁、调解等方式逃避履行法律文书确定的义务的，人民法院应当根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。”
-- remedy: 建议审查执行依据所确认债权的真实性（借款合意、资金往来、当事人关系），涉嫌虚假诉讼的依法监督并移送线索；对恶意串通逃避执行的，建议法院依法处理。
-- needs: events（执行依据：item 含“调解”；或 和解）；case_parties（申请执行人、被执行人）；bank_txns（被执行人或申请执行人账户之间的往来、申请执行人自法院收到的执行款）
-- param: return_days = 30 | 付款后多少天内回流（分析窗口，非法定期间）
-- param: min_ratio = 0.8 | 回流金额不低于付款的此比例
-- param: min_yuan = 10000 | 付款不低于此数（元）
WITH m AS MATERIALIZED (
  SELECT c.id AS case_id, d.party_id AS debtor, ap.party_id AS applicant,
         coalesce((SELECT min(e.event_date) FROM v_events e WHERE e.case_id = c.id AND e.kind = '执行依据'
                   AND e.item LIKE '%调解%'), c.filing_date) AS since,
         (SELECT group_concat(DISTINCT coalesce(e.item, e.kind)) FROM v_events e WHERE e.case_id = c.id
          AND ((e.kind = '执行依据' AND e.item LIKE '%调解%') OR e.kind = '和解')) AS how
  FROM screen_scope s
  CROSS JOIN cases c ON c.id = s.case_id
  CROSS JOIN case_parties d ON d.case_id = c.id AND d.role = '被执行人'
  CROSS JOIN case_parties ap ON ap.case_id = c.id AND ap.role = '申请执行人'
  WHERE EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = c.id
                AND ((e.kind = '执行依据' AND e.item LIKE '%调解%') OR e.kind = '和解'))
    AND (EXISTS (SELECT 1 FROM bank_accounts a WHERE a.party_id = d.party_id)
         OR EXISTS (SELECT 1 FROM bank_accounts a WHERE a.party_id = ap.party_id))),
-- each side's transactions with the other side (by account number or exact name)
t AS MATERIALIZED (
  SELECT m.case_id, m.since, m.how, m.debtor, m.applicant, a.party_id AS holder,
         iif(a.party_id = m.debtor, 'debtor', 'applicant') AS side,
         iif(a.party_id = m.debtor, m.applicant, m.debtor) AS other,
         x.id, x.txn_date, x.txn_time, x.amount_fen, x.direction, x.src_file_id, x.src_row
  FROM m
  CROSS JOIN bank_accounts a ON a.party_id IN (m.debtor, m.applicant)
  CROSS JOIN bank_txns x ON x.account_id = a.id AND x.txn_date >= m.since
  WHERE x.amount_fen >= :min_yuan * 100 * :min_ratio
    AND (x.cp_name = (SELECT name FROM parties WHERE id = iif(a.party_id = m.debtor, m.applicant, m.debtor))
         OR x.cp_account IN (SELECT o.account_no FROM bank_accounts o
                             WHERE o.party_id = iif(a.party_id = m.debtor, m.applicant, m.debtor)))),
-- from the debtor's side: paid out, came back in; from the applicant's side: received, sent back
pair AS (
  SELECT p.case_id, p.how, p.holder, p.other, p.id AS pay_id, min(r.id) AS back_id
  FROM t p JOIN t r ON r.case_id = p.case_id AND r.debtor = p.debtor AND r.applicant = p.applicant
   AND r.holder = p.holder AND r.id <> p.id
   AND r.txn_date >= p.txn_date AND r.txn_date <= date(p.txn_date, '+' || :return_days || ' days')
   AND r.amount_fen >= p.amount_fen * :min_ratio
  WHERE p.amount_fen >= :min_yuan * 100
    AND ((p.side = 'debtor' AND p.direction = 'out' AND r.direction = 'in')
      OR (p.side = 'applicant' AND p.direction = 'in' AND r.direction = 'out'))
  GROUP BY p.case_id, p.id)
SELECT k.case_id, 'pair:' || k.pay_id AS hit_key,
       printf('执行依据为%s；%s%s %s%s%s〔%s:%d〕，%s%s %s%s〔%s:%d〕，回流比例%d%%。',
              k.how, p.txn_date, coalesce(' ' || p.txn_time, ''), hp.name,
              iif(p.direction = 'out', '向' || op.name || '付款', '收到' || op.name || '付款'), yuan(p.amount_fen),
              coalesce(fp.name, '文件' || p.src_file_id), p.src_row,
              r.txn_date, coalesce(' ' || r.txn_time, ''),
              iif(r.direction = 'in', op.name || '转回', hp.name || '又转回' || op.name), yuan(r.amount_fen),
              coalesce(fr.name, '文件' || r.src_file_id), r.src_row, CAST(100 * r.amount_fen / p.amount_fen AS INTEGER)) AS evidence,
       'case:' || k.case_id || ' bank:' || k.pay_id || ' bank:' || k.back_id AS sources
FROM pair k
JOIN t p ON p.id = k.pay_id AND p.case_id = k.case_id
JOIN t r ON r.id = k.back_id AND r.case_id = k.case_id
JOIN parties hp ON hp.id = k.holder
JOIN parties op ON op.id = k.other
LEFT JOIN import_file_names fp ON fp.id = p.src_file_id
LEFT JOIN import_file_names fr ON fr.id = r.src_file_id
GROUP BY k.case_id, k.pay_id
