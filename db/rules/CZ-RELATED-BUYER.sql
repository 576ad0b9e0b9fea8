-- code: CZ-RELATED-BUYER
-- title: 拍卖、变卖的买受人与被执行人关联
-- stage: 财产处置
-- severity: 高
-- version: 4
-- verification: V1
-- basis: 《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第三十一条第（三）项（V1）：“当事人、利害关系人提出异议请求撤销网络司法拍卖，符合下列情形之一的，人民法院应当支持：……（三）竞买人之间，竞买人与网络司法拍卖服务提供者之间恶意串通，损害当事人或者其他竞买人利益的；”
-- basis: 委托拍卖、变卖：《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十一条（V1）：“当事人、利害关系人提出异议请求撤销拍卖，符合下列情形之一的，人民法院应予支持：（一）竞买人之间、竞买人与拍卖机构之间恶意串通，损害当事人或者其他竞买人利益的；……当事人、利害关系人请求撤销变卖的，参照前款规定处理。”
-- basis: 被执行人本人可以竞买（线索不在竞买本身，而在压价串通与资金来源）：《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第十二条第二款（V1）：“申请执行人、被执行人可以参加竞买。”
-- basis: 《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第八条（V1）：“案外人明知负有执行义务的人有能力执行而拒不执行人民法院的判决、裁定，与其通谋，协助实施隐藏、转移财产等拒不执行行为，致使判决、裁定无法执行的，以拒不执行判决、裁定罪的共犯论处。”
-- remedy: 建议法院审查买受人与被执行人的关联关系、竞买过程（有无恶意串通压价）及竞买资金来源；被执行人有能力履行而以关联方名义回购财产、规避执行的，依法处理，涉嫌犯罪的移送线索。
-- needs: v_events（拍卖、变卖：成交价、买受人、买受人证件号）；parties（证件号）；party_links（共有人、同证件号、同电话、同地址、买受人；不含交易对手）；registry_records（企业登记、股权：按 party_id 关联的人员、企业信用代码 reg_no、任职起止）
-- Identity goes by ID only: the buyer is the party with the buyer's 证件号
-- (else the party the import tied to the sale by an exact, uncontested
-- name: a weak 买受人 link, said so); a role in a company counts when the
-- person's own 企业登记/股权 record (party_id) names the company by its
-- 统一社会信用代码 (or, when the record carries none, by its exact name)
-- and the role ran on the day of the sale; a buyer who is no party of any
-- case is found in the registry by the ID the sale gives. Relations:
--   本人       the buyer's ID is the debtor's
--   任职       the debtor holds a role in the buying company, or the buyer
--              in the debtor company
--   同一人员   one person holds roles in both companies
--   其他关联   a party_links link (共有人, 同证件号, 同电话, 同地址)
--   同电话/同地址（登记）  a buyer who is no party of any case, found on the
--              register by the sale's 证件号 (户籍 …), with the debtor's
--              phone or address (the debtor's own or on its register rows;
--              spaces and dashes ignored; phones of 7, addresses of 8
--              characters at least; not one more than ten holders give):
--              weak, as party_links has it. Until
--              v3 such a buyer was seen only through a company role.
WITH sale AS MATERIALIZED (
  SELECT e.case_id, e.id, e.src, e.kind, e.event_date, e.item, e.counterparty AS buyer,
         upper(replace(e.counterparty_id, ' ', '')) AS buyer_id, coalesce(e.deal_fen, e.amount_fen) AS deal_fen,
         d.party_id AS debtor, d.name AS debtor_name, d.id_no AS debtor_id,
         coalesce((SELECT p.id FROM parties p WHERE e.counterparty_id IS NOT NULL
                   AND p.id_no = upper(replace(e.counterparty_id, ' ', ''))),
                  (SELECT l.b FROM party_links l JOIN parties p ON p.id = l.b
                   WHERE l.kind = '买受人' AND l.a = d.party_id AND p.name = e.counterparty
                     AND (e.counterparty_id IS NULL OR p.id_no IS NULL) LIMIT 1)) AS buyer_party,
         (SELECT v.value_fen FROM v_events v WHERE v.case_id = e.case_id AND v.item = e.item AND v.kind = '评估'
          AND v.value_fen > 0 AND v.event_date <= e.event_date ORDER BY v.event_date DESC LIMIT 1) AS value_fen
  FROM screen_scope s
  CROSS JOIN v_events e ON e.case_id = s.case_id
  JOIN v_debtor d ON d.case_id = e.case_id
  WHERE e.kind IN ('拍卖', '变卖') AND coalesce(e.deal_fen, e.amount_fen) > 0
    AND (e.counterparty IS NOT NULL OR e.counterparty_id IS NOT NULL)),
dc AS MATERIALIZED (   -- the debtor's phones and addresses
  SELECT x.id, replace(replace(replace(p.phone, ' ', ''), '-', ''), '+86', '') AS ph,
         replace(replace(p.address, ' ', ''), '　', '') AS ad
  FROM sale x JOIN parties p ON p.id = x.debtor
  UNION ALL
  SELECT x.id, replace(replace(replace(r.phone, ' ', ''), '-', ''), '+86', ''), replace(replace(r.address, ' ', ''), '　', '')
  FROM sale x JOIN registry_records r ON r.party_id = x.debtor AND (r.phone IS NOT NULL OR r.address IS NOT NULL)),
bc AS MATERIALIZED (   -- a buyer no party: their register rows, by the sale's ID
  -- a number or address more than ten holders give is an office's (an agent's, a 代理记账 firm's), as party_links has it
  SELECT x.id, r.id AS rid, r.kind,
         iif((SELECT count(DISTINCT coalesce(o.holder_id, o.holder_name)) FROM registry_records o WHERE o.phone = r.phone) > 10,
             NULL, replace(replace(replace(r.phone, ' ', ''), '-', ''), '+86', '')) AS ph,
         iif((SELECT count(DISTINCT coalesce(o.holder_id, o.holder_name)) FROM registry_records o WHERE o.address = r.address) > 10,
             NULL, replace(replace(r.address, ' ', ''), '　', '')) AS ad
  FROM sale x JOIN registry_records r ON r.holder_id = x.buyer_id AND (r.phone IS NOT NULL OR r.address IS NOT NULL)
  WHERE x.buyer_party IS NULL AND x.buyer_id IS NOT NULL AND x.buyer_id IS NOT x.debtor_id),
rel AS (
  SELECT x.id, x.debtor, '被执行人本人（证件号相同）' AS how, 1 AS strong, '' AS src
  FROM sale x WHERE x.buyer_id IS NOT NULL AND x.buyer_id = x.debtor_id
  UNION ALL   -- the debtor holds a role in the buying company
  SELECT x.id, x.debtor, '被执行人' || x.debtor_name || '任买受企业' || coalesce(r.role, iif(r.kind = '股权', '股东', '职务'))
         || '（' || r.kind || '，' || coalesce(r.start_date, '') || '起' || coalesce('至' || r.end_date, '') || '）', 1, 'registry:' || r.id
  FROM sale x JOIN registry_records r ON r.party_id = x.debtor AND r.kind IN ('企业登记', '股权')
   AND (upper(r.reg_no) = x.buyer_id OR (nullif(r.reg_no, '') IS NULL AND r.item = x.buyer))
   AND coalesce(r.start_date, '') <= x.event_date AND (r.end_date IS NULL OR r.end_date >= x.event_date)
  UNION ALL   -- the buyer holds a role in the debtor company
  SELECT x.id, x.debtor, '买受人任被执行企业' || coalesce(r.role, iif(r.kind = '股权', '股东', '职务'))
         || '（' || r.kind || '，' || coalesce(r.start_date, '') || '起' || coalesce('至' || r.end_date, '') || '）', 1, 'registry:' || r.id
  FROM sale x JOIN registry_records r ON (r.party_id = x.buyer_party OR upper(r.holder_id) = x.buyer_id)
   AND r.kind IN ('企业登记', '股权')
   AND (upper(r.reg_no) = x.debtor_id OR (nullif(r.reg_no, '') IS NULL AND r.item = x.debtor_name))
   AND coalesce(r.start_date, '') <= x.event_date AND (r.end_date IS NULL OR r.end_date >= x.event_date)
  UNION ALL   -- one person holds roles in both companies
  SELECT x.id, x.debtor, p.name || '同时任被执行企业' || coalesce(r1.role, '股东') || '、买受企业' || coalesce(r2.role, '股东')
         || '（企业登记）', 1, 'registry:' || r1.id || ' registry:' || r2.id
  FROM sale x JOIN registry_records r1 ON upper(r1.reg_no) = x.debtor_id AND r1.kind IN ('企业登记', '股权')
   AND r1.party_id IS NOT NULL
   AND coalesce(r1.start_date, '') <= x.event_date AND (r1.end_date IS NULL OR r1.end_date >= x.event_date)
  JOIN registry_records r2 ON r2.party_id = r1.party_id AND upper(r2.reg_no) = x.buyer_id AND r2.kind IN ('企业登记', '股权')
   AND coalesce(r2.start_date, '') <= x.event_date AND (r2.end_date IS NULL OR r2.end_date >= x.event_date)
  JOIN parties p ON p.id = r1.party_id
  WHERE x.buyer_id IS NOT NULL AND x.debtor_id IS NOT NULL
  UNION ALL   -- other links between the two parties
  SELECT x.id, x.debtor, l.kind || '关联（' || iif(l.strength = 'strong', '强', '弱，仅据电话、地址或姓名') || '）',
         l.strength = 'strong', ''
  FROM sale x JOIN party_links l ON ((l.a = x.debtor AND l.b = x.buyer_party) OR (l.b = x.debtor AND l.a = x.buyer_party))
  WHERE l.kind IN ('共有人', '同证件号', '同电话', '同地址')
  UNION ALL   -- a buyer who is no party, by the register
  SELECT x.id, x.debtor,
         trim(iif(max(length(b.ph) >= 7 AND b.ph = d.ph), '同电话', '') || iif(max(length(b.ad) >= 8 AND b.ad = d.ad), '、同地址', ''), '、')
         || '关联（买受人' || b.kind || '登记与被执行人相同，弱，仅据电话、地址）', 0, 'registry:' || b.rid
  FROM sale x JOIN bc b ON b.id = x.id JOIN dc d ON d.id = x.id
   AND ((length(b.ph) >= 7 AND b.ph = d.ph) OR (length(b.ad) >= 8 AND b.ad = d.ad))
  GROUP BY x.id, x.debtor, b.rid),
hits AS (
  SELECT x.*, group_concat(r.how, '；') AS hows, max(r.strong) AS strong, group_concat(nullif(r.src, ''), ' ') AS rsrc
  FROM sale x JOIN rel r ON r.id = x.id AND r.debtor = x.debtor
  GROUP BY x.id, x.debtor)
SELECT h.case_id, h.item || '@' || h.event_date AS hit_key,
       printf('%s%s“%s”，成交价%s%s，买受人%s%s；%s。执行法院%s。',
              h.event_date, h.kind, h.item, yuan(h.deal_fen),
              iif(h.value_fen > 0, printf('（评估价%s，为其%.2f%%）', yuan(h.value_fen), 100.0 * h.deal_fen / h.value_fen), ''),
              coalesce(h.buyer, ''), coalesce('（证件号' || h.buyer_id || '）', '（未载证件号，按买受人关联记录）'),
              h.hows, c.court_name) AS evidence,
       trim(c.src || ' ' || h.src || coalesce(' ' || h.rsrc, '')) AS sources,
       '已核：买受人按证件号' || iif(h.buyer_id IS NULL, '（未载，按唯一同名当事人，弱）', '') || '识别；企业任职按信用代码及任职期间核对（成交日在任）；不含单纯交易对手'
       || iif(h.strong, '', '；仅有弱关联') AS checked
FROM hits h JOIN v_case_state c ON c.case_id = h.case_id
