-- code: XY-WRONG-LIST
-- title: 不应纳入失信名单而纳入（未成年人、财产已足以清偿）或应纳入而未纳入
-- stage: 信用惩戒
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）第四条（V1）：“被执行人为未成年人的，人民法院不得将其纳入失信被执行人名单。”
-- basis: 同规定第三条（V1）：“具有下列情形之一的，人民法院不得依据本规定第一条第一项的规定将被执行人纳入失信被执行人名单：（一）提供了充分有效担保的；（二）已被采取查封、扣押、冻结等措施的财产足以清偿生效法律文书确定债务的；（三）被执行人履行顺序在后，对其依法不应强制执行的；（四）其他不属于有履行能力而拒不履行生效法律文书确定义务的情形。”
-- basis: 同规定第九条第一款（V1）：“不应纳入失信被执行人名单的公民、法人或其他组织被纳入失信被执行人名单的，人民法院应当在三个工作日内撤销失信信息。”
-- basis: 同规定第一条（V1）：“被执行人未履行生效法律文书确定的义务，并具有下列情形之一的，人民法院应当将其纳入失信被执行人名单，依法对其进行信用惩戒：（一）有履行能力而拒不履行生效法律文书确定义务的；（二）以伪造证据、暴力、威胁等方法妨碍、抗拒执行的；（三）以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行的；（四）违反财产报告制度的；（五）违反限制消费令的；（六）无正当理由拒不履行执行和解协议的。”——“应纳入而未纳入”只取法院已查证的情形：因上述行为被罚款、拘留，或执行和解未履行后恢复执行；纳入无法定期限，`grace_days` 为政策默认。
-- basis: 未成年的界限为十八周岁（《中华人民共和国民法典》第十七条（V1，LawRefBook 全文核对，laws/ 只收期间计算一章）：“十八周岁以上的自然人为成年人。不满十八周岁的自然人为未成年人。”仅作说明，不作引用依据）；周岁自生日次日起算，十八周岁生日当日仍按未成年计。
-- remedy: 对不应纳入的，建议法院在三个工作日内撤销失信信息（失信规定第九条）；对应纳入而未纳入的，建议法院依失信规定第一条将被执行人纳入失信被执行人名单。
-- needs: v_debtor(出生日期：由有效身份证号得出)；v_reports(财产报告结果：拒绝/虚假/逾期)；v_restricted、v_trip(限制消费令后的禁止出行)；v_measure_target(失信：标的物/备注为纳入事由；删除失信；罚款、拘留：标的物/备注为事由)；v_events(查封、扣押、冻结、续封、解封、评估、拍卖、变卖、以物抵债：按 v_control 的读法逐项计算纳入当日的控制财产；案款到账)；v_events(案款到账、和解〔结果：未履行〕、恢复执行)；v_case_state(标的、结案)
-- param: workdays = 3 | 不应纳入的撤销期限（工作日；第九条第一款）
-- param: grace_days = 30 | 法院查证失信情形后应纳入的期限（日；政策默认，法律未规定）
-- (a) a listing on or before the debtor's 18th birthday; (b) a listing on
-- ground 第一条第（一）项 (or no ground stated and no period) while the
-- seized, frozen property then held — not merely 轮候, not released or
-- sold, net of claims ahead — covered the claim less what had been
-- received; both unless revoked within `workdays` working days. (c) a
-- 罚款/拘留 of a debtor for an act of 第一条第（二）至（五）项, or a 和解
-- 未履行 followed by 恢复执行 (第（六）项), with no listing of that debtor in
-- force by grace_days after it and none since (the law sets no period:
-- a late listing is a listing), the debtor not a minor and the case not
-- performed or closed; also a 财产报告 the court recorded as refused, false,
-- or late without good reason (第（四）项; v_reports, 034: the breach is
-- the court's own record), and a forbidden trip of the debtor (or of a
-- company debtor's 法定代表人) under an unlifted 限制消费令 (第（五）项; the
-- registry's 出行 record, as JZ-TRAVEL reads it; the brief asks for (c)
-- beside JZ-AFTER-SANCTION's consumption finding). Not modelled: 担保
-- (第三条第（一）项: no event records it).
WITH mt AS MATERIALIZED (
  SELECT t.* FROM screen_scope s CROSS JOIN v_measure_target t ON t.case_id = s.case_id
  WHERE t.kind IN ('失信', '删除失信') AND t.event_date IS NOT NULL),
lst AS MATERIALIZED (
  SELECT l.*, legal_add_workdays(l.event_date, :workdays) AS revoke_by,
         (SELECT d.event_date FROM mt d WHERE d.case_id = l.case_id AND d.kind = '删除失信'
          AND d.event_date >= l.event_date AND (d.party_id IS l.party_id OR d.party_id IS NULL OR l.party_id IS NULL)
          ORDER BY d.event_date, d.id LIMIT 1) AS deleted,
         replace(replace(coalesce(l.item, '') || '|' || coalesce(l.note, '') || '|' || coalesce(l.result, ''),
                         '(', '（'), ')', '）') AS g
  FROM mt l WHERE l.kind = '失信'),
minor AS (
  SELECT l.case_id, 'minor:' || l.event_date || ':' || d.party_id AS hit_key,
         printf('%s将被执行人%s（身份证号%s，%s出生）纳入失信被执行人名单，纳入时未满十八周岁（十八周岁生日为%s，周岁自生日次日起算）；被执行人为未成年人的不得纳入（失信规定第四条），应在%d个工作日内（最迟%s）撤销（第九条第一款）；%s。',
                l.event_date, d.name, d.id_no, d.birth_date, add_months_raw(d.birth_date, 216), :workdays, l.revoke_by,
                iif(l.deleted IS NULL, '至今未见撤销或删除', printf('直到%s才删除', l.deleted))) AS what,
         l.src AS src, '已核：出生日期取自校验位正确的身份证号；撤销期限按工作日计' AS chk
  FROM lst l JOIN v_debtor d ON d.case_id = l.case_id AND d.party_id = l.party_id
  WHERE d.id_valid = 1 AND d.birth_date IS NOT NULL AND d.kind <> 'org'
    AND l.event_date <= add_months_raw(d.birth_date, 216)
    AND (l.deleted IS NULL OR l.deleted > l.revoke_by)),
-- (b): what was held under seizure on the listing day, against what was owed
one AS MATERIALIZED (
  SELECT l.* FROM lst l
  WHERE (l.g LIKE '%（一）%' OR l.g LIKE '%第一项%' OR l.g LIKE '%有履行能力而拒不履行%')
    AND (l.deleted IS NULL OR l.deleted > l.revoke_by)),
ce AS MATERIALIZED (
  SELECT e.case_id, e.id, e.kind, e.event_date, e.item, e.amount_fen, e.value_fen, e.deal_fen, e.priority_fen,
         e.result, e.src
  FROM (SELECT DISTINCT case_id FROM one) o CROSS JOIN v_events e ON e.case_id = o.case_id
  WHERE e.kind IN ('查封', '扣押', '冻结', '续封', '解封', '评估', '拍卖', '变卖', '以物抵债', '案款到账')),
-- per listing and item, as v_control reads the events, on the listing day
item AS (
  SELECT l.case_id, l.src, l.event_date AS listed, l.party_id, l.revoke_by, l.deleted, e.item,
         min(CASE WHEN e.kind IN ('查封', '扣押', '冻结') THEN e.event_date END) AS start_date,
         (SELECT x.kind FROM ce x WHERE x.case_id = l.case_id AND x.item = e.item AND x.kind IN ('查封', '扣押', '冻结')
          ORDER BY x.event_date, x.id LIMIT 1) AS measure,
         max(CASE WHEN e.kind = '解封' AND e.event_date <= l.event_date THEN e.event_date END) AS released,
         max(CASE WHEN e.kind IN ('查封', '扣押', '冻结', '续封') AND e.event_date <= l.event_date THEN e.event_date END) AS last_measure,
         min(CASE WHEN ((e.kind IN ('拍卖', '变卖') AND e.deal_fen > 0)
                        OR (e.kind = '以物抵债' AND coalesce(e.result, '') NOT LIKE '%不同意%'
                            AND coalesce(e.result, '') NOT LIKE '%拒绝%')) THEN e.event_date END) AS disposed,
         coalesce((SELECT x.value_fen FROM ce x WHERE x.case_id = l.case_id AND x.item = e.item AND x.kind = '评估'
                   AND x.value_fen IS NOT NULL ORDER BY x.event_date DESC, x.id DESC LIMIT 1),
                  max(CASE WHEN e.kind IN ('查封', '扣押', '冻结') THEN e.value_fen END),
                  sum(CASE WHEN e.kind = '冻结' THEN e.amount_fen END)) AS value_fen,
         coalesce(max(e.priority_fen), 0) AS priority_fen,
         group_concat(e.src, ' ') AS v_src
  FROM one l JOIN ce e ON e.case_id = l.case_id AND e.item IS NOT NULL AND e.kind <> '案款到账'
  GROUP BY l.case_id, l.src, e.item),
held AS (
  SELECT i.case_id, i.src, i.listed, i.party_id, i.revoke_by, i.deleted,
         sum(max(coalesce(i.value_fen, 0) - i.priority_fen, 0)) AS net_fen,
         group_concat(printf('%s（%s于%s，价值%s%s）', i.item, i.measure, i.start_date, yuan(coalesce(i.value_fen, 0)),
                             iif(i.priority_fen > 0, '，优先债权' || yuan(i.priority_fen), '')), '；') AS items,
         group_concat(i.v_src, ' ') AS v_src
  FROM item i
  WHERE i.start_date <= i.listed AND (i.released IS NULL OR i.released < i.last_measure)
    AND (i.disposed IS NULL OR i.disposed > i.listed)
  GROUP BY i.case_id, i.src),
secured AS (
  SELECT h.case_id, 'secured:' || h.listed || ':' || coalesce(h.party_id, '') AS hit_key,
         printf('%s以“有履行能力而拒不履行”（第一条第（一）项）将被执行人%s纳入失信被执行人名单；当日已查封、扣押、冻结的财产扣除优先债权后价值%s（%s），足以清偿尚欠的%s（标的%s − 此前到账%s），依失信规定第三条第（二）项不得据此纳入，应在%d个工作日内（最迟%s）撤销（第九条第一款）；%s。',
                h.listed, coalesce(p.name, ''), yuan(h.net_fen), h.items,
                yuan(cs.claim_fen - h.received), yuan(cs.claim_fen), yuan(h.received), :workdays, h.revoke_by,
                iif(h.deleted IS NULL, '至今未见撤销或删除', printf('直到%s才删除', h.deleted))) AS what,
         h.src || ' ' || h.v_src AS src, '已核：轮候查封不计；已解除、已处置的财产不计；扣除优先债权' AS chk
  FROM (SELECT h.*, coalesce((SELECT sum(e.amount_fen) FROM ce e WHERE e.case_id = h.case_id
                              AND e.kind = '案款到账' AND e.event_date <= h.listed), 0) AS received FROM held h) h
  JOIN v_case_state cs ON cs.case_id = h.case_id
  LEFT JOIN parties p ON p.id = h.party_id
  WHERE cs.claim_fen IS NOT NULL AND h.net_fen >= cs.claim_fen - h.received),
-- (c): a ground the court itself found, and no listing of that debtor
found AS (
  SELECT f.case_id, f.party_id, f.event_date AS d, f.src,
         nullif(f.ground, 1) AS ground,   -- v_sanctions (043); (c) reads grounds 2-5
         printf('%s因“%s”对被执行人%s%s', f.event_date, coalesce(nullif(f.item, ''), f.note), d.name,
                iif(f.kind = '罚款', '罚款' || coalesce(yuan(f.amount_fen), ''), '拘留')) AS how
  FROM screen_scope s CROSS JOIN v_sanctions f ON f.case_id = s.case_id
  JOIN v_debtor d ON d.case_id = f.case_id AND d.party_id = f.party_id
  WHERE f.event_date IS NOT NULL
  UNION ALL
  SELECT h.case_id, d.party_id, r.event_date, h.src || ' ' || r.src, 6,
         printf('%s达成执行和解（结果：%s），%s因被执行人%s未履行和解协议恢复执行，未见不履行的正当理由', h.event_date,
                h.result, r.event_date, d.name)
  FROM screen_scope s CROSS JOIN v_events h ON h.case_id = s.case_id AND h.kind = '和解'
  JOIN v_events r ON r.case_id = h.case_id AND r.kind = '恢复执行' AND r.event_date >= h.event_date
  JOIN v_debtor d ON d.case_id = h.case_id
  WHERE h.result LIKE '%未履行%'
  UNION ALL
  SELECT r.case_id, d.party_id, r.event_date, r.src, 4,
         printf('%s被执行人%s的财产报告情况为“%s”（违反财产报告制度）', r.event_date, d.name, r.result)
  FROM screen_scope s CROSS JOIN v_reports r ON r.case_id = s.case_id
  JOIN v_debtor d ON d.case_id = r.case_id
  WHERE r.breach
  UNION ALL   -- a forbidden trip under the 限制消费令 (JZ-TRAVEL's finding): 第一条第（五）项
  SELECT v.case_id, v.target_id, v.start_date, v.xx_src || ' registry:' || v.trip_id, 5,
         printf('%s%s%s“%s”（限消规定%s），违反%s发出的限制消费令', v.start_date, p.name,
                substr(v.clause, 1, instr(v.clause, '（') - 1), v.item,
                substr(v.clause, instr(v.clause, '（') + 1, length(v.clause) - instr(v.clause, '（') - 1), v.xx_date)
  FROM screen_scope s CROSS JOIN v_forbidden_trip v ON v.case_id = s.case_id   -- 041
  JOIN parties p ON p.id = v.person_id),
unlisted AS (
  SELECT x.*, legal_add_days(x.d, :grace_days) AS due,
         (SELECT min(l.event_date) FROM lst l WHERE l.case_id = x.case_id
          AND (l.party_id IS x.party_id OR l.party_id IS NULL)
          AND (l.deleted IS NULL OR l.deleted > x.d)) AS listed
  FROM (SELECT f.*, row_number() OVER (PARTITION BY f.case_id, f.party_id ORDER BY f.d, f.src) AS k
        FROM found f WHERE f.ground IS NOT NULL) x
  JOIN v_debtor d ON d.case_id = x.case_id AND d.party_id = x.party_id
  JOIN v_case_state cs ON cs.case_id = x.case_id
  WHERE x.k = 1 AND NOT cs.is_closed AND coalesce(cs.outstanding_fen, 1) > 0
    AND NOT (d.kind <> 'org' AND d.id_valid = 1 AND d.birth_date IS NOT NULL
             AND x.d <= add_months_raw(d.birth_date, 216))),
missing AS (
  SELECT u.case_id, 'unlisted:' || u.d || ':' || u.party_id AS hit_key,
         :today > u.due AS fires,
         CASE WHEN u.listed IS NULL AND :today <= u.due THEN date(u.due, '+1 day') END AS wake,
         printf('%s，属失信规定第一条第（%s）项应当纳入失信被执行人名单的情形；至%s（%d日，政策默认）%s。',
                u.how, substr('一二三四五六', u.ground, 1), u.due, :grace_days,
                '未见纳入失信名单的记录') AS what,
         u.src AS src, '已核：被执行人非未成年人；案件未结且仍有未履行金额；未见已生效且未删除的失信决定' AS chk
  FROM unlisted u
  WHERE u.listed IS NULL)
SELECT r.case_id, r.hit_key, r.fires, r.wake, cs.court_name || '：' || r.what AS evidence,
       cs.src || ' ' || r.src AS sources, r.chk AS checked
FROM (SELECT case_id, hit_key, 1 AS fires, NULL AS wake, what, src, chk FROM minor
      UNION ALL SELECT case_id, hit_key, 1, NULL, what, src, chk FROM secured
      UNION ALL SELECT case_id, hit_key, fires, wake, what, src, chk FROM missing) r
JOIN v_case_state cs ON cs.case_id = r.case_id
