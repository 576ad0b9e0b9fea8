-- code: JZ-TRANSFER
-- title: 诉讼开始后或执行依据生效后被执行人转移名下财产（拒执罪、非法处置查封财产罪线索）
-- stage: 刑事线索
-- severity: 高
-- version: 4
-- verification: V1
-- basis: 《中华人民共和国刑法》第三百一十三条第一款（V1）：“对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。”
-- basis: 执行依据生效后转移的：《全国人民代表大会常务委员会关于〈中华人民共和国刑法〉第三百一十三条的解释》（2002）第（一）项（V2，laws/ 无全文；公开全文与其官方英译逐项一致，首段为法释〔2024〕13号第二条所援用）：“被执行人隐藏、转移、故意毁损财产或者无偿转让财产、以明显不合理的低价转让财产，致使判决、裁定无法执行的”；《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第三条第（一）项（V1）：“以放弃债权、放弃债权担保等方式恶意无偿处分财产权益，或者恶意延长到期债权的履行期限，或者以虚假和解、虚假转让等方式处分财产权益，致使判决、裁定无法执行的；”
-- basis: 诉讼开始后、执行依据生效前转移的：同解释第六条（V1）：“行为人为逃避执行义务，在诉讼开始后、裁判生效前实施隐藏、转移财产等行为，在判决、裁定生效后经查证属实，要求其执行而拒不执行的，可以认定其有能力执行而拒不执行，情节严重，以拒不执行判决、裁定罪追究刑事责任。前款所指诉讼开始后，一般是指被告接到人民法院应诉通知后。”
-- basis: 同解释第七条（V1）：“……‘致使判决、裁定无法执行’，一般是指人民法院依据法律及相关规定采取执行措施后仍无法执行的情形，包括判决、裁定全部无法执行，也包括部分无法执行。”；第八条（V1，受让人）：“案外人明知负有执行义务的人有能力执行而拒不执行人民法院的判决、裁定，与其通谋，协助实施隐藏、转移财产等拒不执行行为，致使判决、裁定无法执行的，以拒不执行判决、裁定罪的共犯论处。”
-- basis: 转移时财产已被查封、扣押、冻结的：《中华人民共和国刑法》第三百一十四条（V1）：“隐藏、转移、变卖、故意毁损已被司法机关查封、扣押、冻结的财产，情节严重的，处三年以下有期徒刑、拘役或者罚金。”；《中华人民共和国民事诉讼法》（2023修正）第一百一十四条第一款第（三）项（V1）：“隐藏、转移、变卖、毁损已被查封、扣押的财产，或者已被清点并责令其保管的财产，转移已被冻结的财产的；”
-- basis: 不作为线索的：法院在本案、执恢关联案件或被执行人其他案件中拍卖、变卖、以物抵债的财产；转给申请执行人本人的（清偿）；以不低于价值`ratio`%的价格转给无关联的人（“明显不合理的低价”的政策代用标准，刑事上无定量，U）。
-- remedy: 建议法院调查财产去向和对价，依法撤销不当处分、追回财产；涉嫌拒不执行判决、裁定罪或非法处置查封、扣押、冻结的财产罪的，移送公安机关，受让人明知并通谋的一并移送。
-- needs: registry_records(不动产、车辆、股权：end_date 转移日期，to_name/to_id 受让人，price_fen 转让价格，value_fen 价值；只经 party_id 关联)；v_events(应诉通知、执行依据〔日期=生效日〕、查封/扣押/冻结/续封/解封、评估、拍卖/变卖〔成交价、买受人〕、以物抵债〔结果〕；含执恢关联案件)；party_links(受让人与被执行人的关联：法定代表人、股东、监事、高管、共有人、同证件号、同电话、同地址，或共同的法定代表人/股东)；v_case_state(标的、到位、结案)
-- param: ratio = 70 | 转让价格低于价值的此百分比视为“明显不合理的低价”（政策默认）
-- A family is the case, the cases it resumes (原案号, up to three links) and
-- the cases resuming it or them. Dates: the 应诉通知 and the 执行依据's
-- effective date are read from the case and its family.
WITH fam AS MATERIALIZED (
  SELECT s.case_id, s.case_id AS member FROM screen_scope s
  UNION SELECT s.case_id, p1.case_id FROM screen_scope s JOIN v_case_state c ON c.case_id = s.case_id
        JOIN v_case_state p1 ON p1.case_no = c.prior_case_no
  UNION SELECT s.case_id, p2.case_id FROM screen_scope s JOIN v_case_state c ON c.case_id = s.case_id
        JOIN v_case_state p1 ON p1.case_no = c.prior_case_no JOIN v_case_state p2 ON p2.case_no = p1.prior_case_no
  UNION SELECT s.case_id, k.case_id FROM screen_scope s JOIN v_case_state c ON c.case_id = s.case_id
        JOIN v_case_state k ON k.prior_case_no = c.case_no
  UNION SELECT s.case_id, k.case_id FROM screen_scope s JOIN v_case_state c ON c.case_id = s.case_id
        JOIN v_case_state p1 ON p1.case_no = c.prior_case_no JOIN v_case_state k ON k.prior_case_no = p1.case_no),
-- transfers by a debtor of a case in scope, after the case's earliest possible date
tr AS MATERIALIZED (
  SELECT s.case_id, d.party_id, d.name AS debtor, d.id_no AS debtor_id, r.id AS reg_id, r.kind, r.item, r.reg_no,
         r.end_date AS moved, r.match,
         coalesce(nullif(r.to_name, ''), CASE WHEN json_valid(r.detail) THEN json_extract(r.detail, '$.to') END) AS to_name,
         nullif(upper(replace(coalesce(r.to_id, ''), ' ', '')), '') AS to_id,
         coalesce(r.price_fen, CASE WHEN json_valid(r.detail) THEN CAST(json_extract(r.detail, '$.price') AS INTEGER) END) AS price_fen,
         r.value_fen
  FROM screen_scope s CROSS JOIN v_debtor d ON d.case_id = s.case_id
  CROSS JOIN registry_records r ON r.party_id = d.party_id AND r.kind IN ('不动产', '车辆', '股权')
  WHERE r.end_date IS NOT NULL
    AND NOT (r.holder_id IS NOT NULL AND d.id_no IS NOT NULL AND upper(r.holder_id) <> d.id_no)),
-- the events of the family that date the suit and the judgment, seize or dispose of property
fe AS MATERIALIZED (
  SELECT f.case_id, e.kind, e.event_date, e.item, e.value_fen, e.deal_fen, e.counterparty, e.counterparty_id,
         e.result, e.src
  FROM (SELECT DISTINCT member FROM fam WHERE case_id IN (SELECT case_id FROM tr)) m
  CROSS JOIN v_events e ON e.case_id = m.member
  JOIN fam f ON f.member = m.member AND f.case_id IN (SELECT case_id FROM tr)
  WHERE e.kind IN ('应诉通知', '执行依据', '查封', '扣押', '冻结', '续封', '解封', '评估')),
-- the court's own disposals, in any case of the debtor or of the family
sold AS MATERIALIZED (
  SELECT e.case_id, e.kind, e.event_date, e.item, e.counterparty, e.counterparty_id, e.src
  FROM v_events e
  WHERE e.kind IN ('拍卖', '变卖', '以物抵债')
    AND ((e.kind IN ('拍卖', '变卖') AND coalesce(e.result, '') NOT LIKE '%流拍%' AND coalesce(e.result, '') NOT LIKE '%未成交%'
          AND coalesce(e.result, '') NOT LIKE '%撤回%' AND coalesce(e.result, '') NOT LIKE '%中止%')
         OR (e.kind = '以物抵债' AND coalesce(e.result, '') NOT LIKE '%不同意%' AND coalesce(e.result, '') NOT LIKE '%拒绝%'))),
t AS (
  SELECT tr.*, cs.court_name, cs.filing_date, cs.outstanding_fen, cs.claim_fen, cs.paid_fen, cs.is_zb, cs.zb_date,
         cs.src AS case_src,
         (SELECT min(e.event_date) FROM fe e WHERE e.case_id = tr.case_id AND e.kind = '应诉通知') AS summoned,
         (SELECT min(e.event_date) FROM fe e WHERE e.case_id = tr.case_id AND e.kind = '执行依据') AS effective,
         (SELECT e.item FROM fe e WHERE e.case_id = tr.case_id AND e.kind = '执行依据' ORDER BY e.event_date LIMIT 1) AS basis_kind,
         (SELECT e.src FROM fe e WHERE e.case_id = tr.case_id AND e.kind IN ('应诉通知', '执行依据')
          ORDER BY e.event_date LIMIT 1) AS date_src,
         -- seized on the day of the transfer: a measure on or before it, no release between
         (SELECT e.event_date || ' ' || e.kind || ' ' || e.src FROM fe e WHERE e.case_id = tr.case_id
          AND e.kind IN ('查封', '扣押', '冻结', '续封') AND item_is(e.item, tr.item, tr.reg_no) AND e.event_date <= tr.moved
          AND NOT EXISTS (SELECT 1 FROM fe u WHERE u.case_id = tr.case_id AND u.kind = '解封' AND u.item = e.item
                          AND u.event_date >= e.event_date AND u.event_date <= tr.moved)
          ORDER BY e.event_date LIMIT 1) AS seized,
         coalesce(tr.value_fen, (SELECT e.value_fen FROM fe e WHERE e.case_id = tr.case_id AND e.kind = '评估'
                                 AND item_is(e.item, tr.item, tr.reg_no) AND e.value_fen > 0
                                 ORDER BY e.event_date DESC LIMIT 1)) AS worth,
         coalesce((SELECT p.id FROM parties p WHERE tr.to_id IS NOT NULL AND p.id_no = tr.to_id),
                  (SELECT CASE WHEN count(*) = 1 THEN min(p.id) END FROM parties p
                   WHERE tr.to_id IS NULL AND p.name = tr.to_name)) AS to_pid
  FROM tr JOIN v_case_state cs ON cs.case_id = tr.case_id
  -- open, or closed 终本 with the debt still owed (the transfer still took
  -- what the creditor could have had, v4)
  WHERE (NOT cs.is_closed OR cs.is_zb) AND coalesce(cs.outstanding_fen, 1) > 0),
u AS (
  SELECT t.*,
         CASE WHEN t.effective IS NOT NULL AND t.moved > t.effective THEN 'after'
              WHEN t.effective IS NULL AND t.moved > t.filing_date THEN 'after'
              WHEN t.summoned IS NOT NULL AND t.moved > t.summoned
                   AND (t.effective IS NOT NULL OR t.moved <= t.filing_date) THEN 'during' END AS period,
         (SELECT group_concat(kind, '、') FROM (
            SELECT DISTINCT l.kind FROM party_links l
            WHERE ((l.a = t.party_id AND l.b = t.to_pid) OR (l.b = t.party_id AND l.a = t.to_pid))
              AND l.kind NOT IN ('交易对手', '买受人')
            UNION
            SELECT DISTINCT '共同的' || l1.kind FROM party_links l1 JOIN party_links l2 ON l2.a = l1.a
            WHERE l1.b = t.party_id AND l2.b = t.to_pid AND l1.kind IN ('法定代表人', '股东')
              AND l2.kind IN ('法定代表人', '股东')
            UNION   -- the debtor's own role in the receiving company, on the register (no party needed)
            SELECT DISTINCT '被执行人任受让企业' || coalesce(r.role, iif(r.kind = '股权', '股东', '职务'))
            FROM registry_records r
            WHERE r.party_id = t.party_id AND r.kind IN ('企业登记', '股权')
              AND ((t.to_id IS NOT NULL AND upper(r.reg_no) = t.to_id) OR (nullif(r.reg_no, '') IS NULL AND r.item = t.to_name))
              AND coalesce(r.start_date, '') <= t.moved AND (r.end_date IS NULL OR r.end_date >= t.moved))) AS related
  FROM t),
v AS (
  SELECT u.* FROM u
  WHERE u.period IS NOT NULL
    -- not the court's own sale: same item, or the same buyer, in a case of the debtor or of the family
    AND NOT EXISTS (SELECT 1 FROM (SELECT member AS cid FROM fam WHERE case_id = u.case_id
                                   UNION SELECT cp.case_id FROM case_parties cp
                                   WHERE cp.party_id = u.party_id AND cp.role = '被执行人') k
                    JOIN sold o ON o.case_id = k.cid
                    WHERE (item_is(o.item, u.item, u.reg_no)
                           OR (o.counterparty_id IS NOT NULL AND u.to_id IS NOT NULL AND upper(o.counterparty_id) = u.to_id)
                           OR (o.counterparty_id IS NULL AND u.to_id IS NULL AND o.counterparty = u.to_name))
                      AND o.event_date <= u.moved)
    -- not a payment to the applicant
    AND NOT EXISTS (SELECT 1 FROM case_parties cp JOIN parties a ON a.id = cp.party_id
                    WHERE cp.case_id = u.case_id AND cp.role = '申请执行人'
                      AND ((u.to_id IS NOT NULL AND a.id_no = u.to_id)
                           OR (u.to_id IS NULL AND a.name = u.to_name)))
    AND (u.seized IS NOT NULL OR u.related IS NOT NULL OR coalesce(u.price_fen, 0) = 0
         OR (u.worth > 0 AND u.price_fen * 100 < u.worth * :ratio)
         OR u.worth IS NULL))
SELECT v.case_id, v.kind || ':' || coalesce(v.reg_no, v.item) AS hit_key,
       printf('%s：%s；被执行人%s名下%s“%s”于%s转移登记%s（%s）%s%s。案件%s，尚未履行%s（标的%s − 到位%s）。',
              v.court_name,
              CASE v.period WHEN 'after' THEN
                   iif(v.effective IS NOT NULL, printf('执行依据（%s）于%s生效', coalesce(v.basis_kind, '生效法律文书'), v.effective),
                       '执行依据生效日不详') || printf('，本案%s立案', v.filing_date)
                ELSE printf('被执行人于%s收到应诉通知，执行依据%s；转移发生在诉讼开始后、裁判生效前（拒执解释第六条）', v.summoned,
                            iif(v.effective IS NOT NULL, printf('（%s）于%s生效', coalesce(v.basis_kind, '生效法律文书'), v.effective),
                                '在本案立案（' || v.filing_date || '）前生效'))
              END,
              v.debtor, v.kind, coalesce(v.item, v.reg_no), v.moved,
              coalesce('至' || v.to_name, ''),
              CASE WHEN coalesce(v.price_fen, 0) = 0 AND v.price_fen IS NOT NULL THEN '无偿'
                   WHEN v.price_fen IS NULL THEN '未登记转让价格' || coalesce('，价值' || yuan(v.worth), '')
                   WHEN v.worth > 0 THEN printf('转让价格%s，为价值%s的%.1f%%', yuan(v.price_fen), yuan(v.worth),
                                               v.price_fen * 100.0 / v.worth)
                   ELSE printf('转让价格%s，价值不详', yuan(v.price_fen)) END,
              iif(v.seized IS NOT NULL, printf('；转移时该财产处于%s（%s起）状态，涉嫌非法处置查封、扣押、冻结的财产（刑法第三百一十四条）',
                                               substr(v.seized, 12, instr(substr(v.seized, 12), ' ') - 1), substr(v.seized, 1, 10)), ''),
              iif(v.related IS NOT NULL, printf('；受让人与被执行人存在关联（%s）', v.related), '')
              || iif(v.match = 'id', '', '；登记记录仅按姓名匹配，需核实身份'),
              iif(v.is_zb, printf('已于%s终结本次执行程序', v.zb_date), '未结'),
              yuan(v.outstanding_fen), yuan(v.claim_fen), yuan(coalesce(v.paid_fen, 0))) AS evidence,
       trim(v.case_src || ' registry:' || v.reg_id || coalesce(' ' || v.date_src, '')
            || coalesce(' ' || substr(v.seized, instr(substr(v.seized, 12), ' ') + 12), '')) AS sources,
       '已核：非本案、执恢关联案件或被执行人其他案件中法院拍卖、变卖、以物抵债的财产；受让人非申请执行人；转移在'
       || iif(v.period = 'after', '执行依据生效后', '收到应诉通知后、执行依据生效前（拒执解释第六条）')
       || '；' || iif(v.seized IS NULL AND v.related IS NULL,
                     '价格不足价值' || :ratio || '%、无偿或不详', '转移时查封状态、受让人关联已列明')
       || '；证件号不一致的登记记录不计' AS checked
FROM v
