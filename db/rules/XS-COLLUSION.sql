-- code: XS-COLLUSION
-- title: 与被执行人关联的案外人凭速成执行依据参与分配或提出异议（虚假诉讼、恶意串通逃避执行线索）
-- stage: 刑事线索
-- severity: 高
-- version: 6
-- verification: V1
-- basis: 《中华人民共和国刑法》第三百零七条之一第一款（V1）：“以捏造的事实提起民事诉讼，妨害司法秩序或者严重侵害他人合法权益的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金；情节严重的，处三年以上七年以下有期徒刑，并处罚金。”
-- basis: 《最高人民法院、最高人民检察院关于办理虚假诉讼刑事案件适用法律若干问题的解释》（2018年9月26日公布，2018年10月1日施行）第一条第一款第（六）项（V1）：“与被执行人恶意串通，捏造债权或者对查封、扣押、冻结财产的优先权、担保物权的；”同条第三款（V1）：“向人民法院申请执行基于捏造的事实作出的仲裁裁决、公证债权文书，或者在民事执行过程中以捏造的事实对执行标的提出异议、申请参与执行财产分配的，属于刑法第三百零七条之一第一款规定的‘以捏造的事实提起民事诉讼’。”
-- basis: 《中华人民共和国民事诉讼法》（2023修正）第一百一十六条（V1）：“被执行人与他人恶意串通，通过诉讼、仲裁、调解等方式逃避履行法律文书确定的义务的，人民法院应当根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。”；第一百一十五条第一款（V1）：“当事人之间恶意串通，企图通过诉讼、调解等方式侵害国家利益、社会公共利益或者他人合法权益的，人民法院应当驳回其请求，并根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。”
-- basis: 参与分配须有执行依据：《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（2022修正）第五百零六条第一款（V1）：“被执行人为公民或者其他组织，在执行程序开始后，被执行人的其他已经取得执行依据的债权人发现被执行人的财产不能清偿所有债权的，可以向人民法院申请参与分配。”；案外人异议：《中华人民共和国民事诉讼法》第二百三十八条（V1）。
-- basis: 评分（政策启发式，法律未量化）：①案外人与被执行人关联（法定代表人、股东、监事、高管、共有人、同证件号、同电话、同地址，或共同的法定代表人/股东）；②其对被执行人的执行依据为调解书、仲裁裁决、公证债权文书、支付令或确认调解协议，且自应诉通知至生效不超过`quick_days`日（公证、仲裁、支付令无应诉通知的亦计）；③该执行依据在本案立案后才生效；④申报参与分配的债权，或案外人异议所指财产的价值，达本案查封、扣押、冻结财产价值的`share`%（异议总是针对被控制的财产，但所指的是其大半还是一小件，分量不同；登记的共有人提出的异议以登记为据，不计此项；v3 以前异议均不计此项）。至少`min_score`项且含①或②时提示。
-- remedy: 建议审查案外人据以参与分配或提出异议的债权、权利的真实性（资金往来、借款合意、当事人关系），依法驳回虚假的参与分配或异议；涉嫌虚假诉讼、恶意串通逃避执行的，依法监督并移送公安机关。
-- needs: v_events(参与分配、案外人异议：买受人/相对人=案外人及其证件号，金额=申报债权，标的物=异议财产；执行依据：标的物=文书类型，日期=生效日；应诉通知；查封、扣押、冻结、评估)；case_parties(案外人作为申请执行人、被执行人为同一人的案件)；party_links(关联关系)；v_case_state
-- param: quick_days = 30 | 应诉通知至执行依据生效不超过此日数为“速成”（政策默认）
-- param: share = 50 | 申报参与分配的债权占本案控制财产价值的百分比（政策默认）
-- param: min_score = 2 | 至少满足几项（政策默认）
-- The claimant is a party found by the claim's 证件号 (never by name when
-- an ID is given: a same-name person with another ID is someone else),
-- else by a name only one party has. Its own cases against the same
-- debtor supply the 执行依据 (and 应诉通知) of ② and ③; when it has one,
-- the lead is on that case (the one whose 执行依据 must be checked), else
-- on the case where it claimed.
-- The same pattern without a claim in the first case: a party related to
-- the debtor (①, required) files its own case after another creditor's
-- case seized the debtor's property, and seizes that property behind it
-- (轮候, or after its release), on a quick 执行依据 (②) or for a claim of
-- half the property's value or more (④). That later case is where the
-- 执行依据 must be checked, so the lead is on it.
WITH cl AS MATERIALIZED (
  SELECT s.case_id, e.kind, e.event_date, e.item, e.amount_fen, e.priority_fen, e.counterparty, e.src,
         nullif(upper(replace(coalesce(e.counterparty_id, ''), ' ', '')), '') AS cid
  FROM screen_scope s CROSS JOIN v_events e ON e.case_id = s.case_id
  WHERE e.kind IN ('参与分配', '案外人异议') AND coalesce(e.counterparty, e.counterparty_id) IS NOT NULL),
who AS (
  SELECT cl.*,
         coalesce((SELECT p.id FROM parties p WHERE cl.cid IS NOT NULL AND p.id_no = cl.cid),
                  (SELECT CASE WHEN count(*) = 1 THEN min(p.id) END FROM parties p
                   WHERE cl.cid IS NULL AND p.name = cl.counterparty)) AS tid,
         (cl.cid IS NOT NULL) AS by_id
  FROM cl),
pair AS (
  SELECT w.*, d.party_id AS did, d.name AS debtor
  FROM who w JOIN v_debtor d ON d.case_id = w.case_id
  WHERE w.tid IS NOT NULL AND w.tid <> d.party_id
    AND NOT EXISTS (SELECT 1 FROM case_parties a WHERE a.case_id = w.case_id AND a.party_id = w.tid
                    AND a.role IN ('申请执行人', '被执行人'))),
-- the claimant's own cases against this debtor and their 执行依据
basis AS MATERIALIZED (
  SELECT p.case_id, p.src, p.did, b.case_id AS b_case, bs.case_no AS b_no, bs.claim_fen AS b_claim,
         (SELECT e.event_date FROM v_events e WHERE e.case_id = b.case_id AND e.kind = '执行依据'
          ORDER BY e.event_date LIMIT 1) AS effective,
         (SELECT e.item FROM v_events e WHERE e.case_id = b.case_id AND e.kind = '执行依据'
          ORDER BY e.event_date LIMIT 1) AS doc,
         (SELECT e.src FROM v_events e WHERE e.case_id = b.case_id AND e.kind = '执行依据'
          ORDER BY e.event_date LIMIT 1) AS doc_src,
         (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = b.case_id AND e.kind = '应诉通知') AS summoned
  FROM pair p
  JOIN case_parties b ON b.party_id = p.tid AND b.role = '申请执行人' AND b.case_id <> p.case_id
  JOIN case_parties bd ON bd.case_id = b.case_id AND bd.role = '被执行人' AND bd.party_id = p.did
  JOIN v_case_state bs ON bs.case_id = b.case_id),
-- ②: a non-adversarial 执行依据 obtained quickly (or with no trial at all)
qb AS (
  SELECT * FROM (SELECT b.*, row_number() OVER (PARTITION BY b.case_id, b.src, b.did ORDER BY b.effective) AS k
                 FROM basis b
                 WHERE b.effective IS NOT NULL
                   AND (b.doc LIKE '%调解%' OR b.doc LIKE '%仲裁%' OR b.doc LIKE '%公证%' OR b.doc LIKE '%支付令%'
                        OR b.doc LIKE '%确认%')
                   AND ((b.summoned IS NOT NULL AND b.effective >= b.summoned
                         AND julianday(b.effective) - julianday(b.summoned) <= :quick_days)
                        OR (b.summoned IS NULL AND (b.doc LIKE '%仲裁%' OR b.doc LIKE '%公证%' OR b.doc LIKE '%支付令%'))))
  WHERE k = 1),
-- the related applicant's own later case behind another creditor's seizure
-- the scope's seizures of an item another case of the same debtor seized
-- (read from events first: joining every case's state first took most of a
-- minute at 100,000 cases)
seized AS MATERIALIZED (
  SELECT kw.case_id, kw.kind, kw.event_date, kw.src, kw.item
  FROM screen_scope s CROSS JOIN v_events kw ON kw.case_id = s.case_id
  WHERE kw.kind IN ('轮候查封', '查封', '扣押', '冻结') AND kw.item IS NOT NULL
    AND EXISTS (SELECT 1 FROM case_parties kd CROSS JOIN case_parties od ON od.party_id = kd.party_id
                AND od.role = '被执行人' AND od.case_id <> kd.case_id
                CROSS JOIN events ef ON ef.case_id = od.case_id AND ef.item = kw.item
                WHERE kd.case_id = kw.case_id AND kd.role = '被执行人' AND ef.kind IN ('查封', '扣押', '冻结'))),
-- each of those seizures with the other case's earlier one: from the
-- scope's seizures outwards (CROSS JOIN fixes the order; the planner began
-- at every seizure in the database, 0.7 s at 100,000 cases, 260 s at 1M)
earlier AS MATERIALIZED (
  SELECT kw.case_id, kw.kind AS my_kind, kw.event_date AS my_on, kw.src AS my_src, kd.party_id AS did, kd.name AS debtor,
         od.case_id AS first_case, ef.id AS first_id, ef.event_date AS first_on, ef.kind AS first_kind, ef.item,
         ef.src AS first_src
  FROM seized kw
  CROSS JOIN v_debtor kd ON kd.case_id = kw.case_id
  CROSS JOIN v_debtor od ON od.party_id = kd.party_id AND od.case_id <> kw.case_id
  CROSS JOIN v_events ef ON ef.case_id = od.case_id AND ef.kind IN ('查封', '扣押', '冻结') AND ef.item = kw.item),
behind AS (
  SELECT k.case_id, k.court_name, k.filing_date, k.claim_fen, k.src AS case_src, ka.party_id AS tid, f.did,
         f.debtor, f.first_case, f.first_on, f.first_kind, f.item, f.first_src, f.my_kind, f.my_on, f.my_src,
         (SELECT max(coalesce(e.value_fen, 0)) FROM v_events e WHERE e.case_id IN (f.first_case, k.case_id) AND e.item = f.item
          AND e.kind IN ('查封', '扣押', '冻结', '轮候查封', '评估')) AS item_fen,
         row_number() OVER (PARTITION BY k.case_id ORDER BY f.first_on, f.first_id) AS n
  FROM earlier f CROSS JOIN v_case_state k ON k.case_id = f.case_id
  JOIN case_parties ka ON ka.case_id = k.case_id AND ka.role = '申请执行人'
  WHERE f.first_on <= k.filing_date AND ka.party_id <> f.did
    AND NOT EXISTS (SELECT 1 FROM case_parties x WHERE x.case_id = f.first_case AND x.party_id = ka.party_id)),
-- how each claimant (or later applicant) and debtor are tied: party_links
-- between them, or a 法定代表人/股东 they share
kin AS MATERIALIZED (
  SELECT u.tid, u.did, (SELECT group_concat(k, '、') FROM (
            SELECT DISTINCT l.kind || iif(l.strength = 'weak', '（弱关联）', '') AS k FROM party_links l
            WHERE ((l.a = u.tid AND l.b = u.did) OR (l.b = u.tid AND l.a = u.did)) AND l.kind NOT IN ('交易对手', '买受人')
            UNION
            SELECT DISTINCT '共同的' || l1.kind || '（' || x.name || '）' FROM party_links l1
            JOIN party_links l2 ON l2.a = l1.a JOIN parties x ON x.id = l1.a
            WHERE l1.b = u.did AND l2.b = u.tid AND l1.kind IN ('法定代表人', '股东') AND l2.kind IN ('法定代表人', '股东'))) AS related
  FROM (SELECT tid, did FROM pair UNION SELECT tid, did FROM behind WHERE n = 1) u),
scored AS (
  SELECT p.*, cs.court_name, cs.filing_date, cs.src AS case_src, t.name AS tname, t.id_no AS tno,
         kin.related,
         q.b_no AS q_no, q.doc AS q_doc, q.effective AS q_eff, q.summoned AS q_sum, q.doc_src AS q_src,
         (SELECT b.b_no FROM basis b WHERE b.case_id = p.case_id AND b.src = p.src AND b.did = p.did
          AND b.effective > cs.filing_date ORDER BY b.effective LIMIT 1) AS late_no,
         (SELECT b.effective FROM basis b WHERE b.case_id = p.case_id AND b.src = p.src AND b.did = p.did
          AND b.effective > cs.filing_date ORDER BY b.effective LIMIT 1) AS late_eff,
         (SELECT max(b.b_claim) FROM basis b WHERE b.case_id = p.case_id AND b.src = p.src AND b.did = p.did) AS b_claim,
         coalesce(q.b_case, (SELECT b.b_case FROM basis b WHERE b.case_id = p.case_id AND b.src = p.src AND b.did = p.did
                             ORDER BY b.effective DESC, b.b_case DESC LIMIT 1)) AS own_case,
         (SELECT sum(v) FROM (SELECT max(coalesce(e.value_fen, 0)) AS v FROM v_events e WHERE e.case_id = p.case_id
                              AND e.kind IN ('查封', '扣押', '冻结', '评估') AND e.item IS NOT NULL GROUP BY e.item)) AS seized_fen
  FROM pair p JOIN v_case_state cs ON cs.case_id = p.case_id JOIN parties t ON t.id = p.tid
  JOIN kin ON kin.tid = p.tid AND kin.did = p.did
  LEFT JOIN qb q ON q.case_id = p.case_id AND q.src = p.src AND q.did = p.did),
pts AS (
  SELECT s.*, (s.related IS NOT NULL) AS s1, (s.q_no IS NOT NULL) AS s2, (s.late_no IS NOT NULL) AS s3,
         coalesce(s.seized_fen > 0 AND s.claimed * 100 >= s.seized_fen * :share, 0) AS s4
  FROM (SELECT s.*,   -- what is claimed: the debt declared, or the value of the property objected to
               CASE WHEN s.kind = '参与分配' THEN coalesce(s.amount_fen, s.b_claim)
                    -- a registered co-owner's objection rests on the register, not on a story
                    WHEN coalesce(s.related, '') NOT LIKE '%共有人%'
                    THEN coalesce(nullif(s.amount_fen, 0), (SELECT max(e.value_fen) FROM v_events e WHERE e.case_id = s.case_id
                                  AND e.item = s.item AND e.kind IN ('查封', '扣押', '冻结', '评估'))) END AS claimed
        FROM scored s) s),
bs AS (
  SELECT b.*, t.name AS tname, t.id_no AS tno, fc.case_no AS first_no,
         kin.related,
         (SELECT e.item || '|' || e.event_date || '|' || e.src FROM v_events e WHERE e.case_id = b.case_id AND e.kind = '执行依据'
          AND (e.item LIKE '%调解%' OR e.item LIKE '%仲裁%' OR e.item LIKE '%公证%' OR e.item LIKE '%支付令%' OR e.item LIKE '%确认%')
          AND (NOT EXISTS (SELECT 1 FROM v_events u WHERE u.case_id = b.case_id AND u.kind = '应诉通知')
               OR julianday(e.event_date) - julianday((SELECT min(u.event_date) FROM v_events u WHERE u.case_id = b.case_id
                                                       AND u.kind = '应诉通知')) <= :quick_days)
          ORDER BY e.event_date LIMIT 1) AS quick
  FROM behind b JOIN parties t ON t.id = b.tid JOIN v_case_state fc ON fc.case_id = b.first_case
  JOIN kin ON kin.tid = b.tid AND kin.did = b.did
  WHERE b.n = 1),
bp AS (
  SELECT bs.*, (quick IS NOT NULL) AS s2,
         coalesce(item_fen > 0 AND claim_fen * 100 >= item_fen * :share, 0) AS s4
  FROM bs WHERE related IS NOT NULL)
SELECT b.case_id, 'behind:' || b.first_case || ':' || b.item AS hit_key,
       printf('%s：本案申请执行人%s与被执行人%s存在关联（①%s）；%s%s“%s”后，本案于%s立案，并于%s对该财产%s%s%s。满足%d项（提示阈值%d项）。',
              b.court_name, b.tname || coalesce('（证件号' || b.tno || '）', ''), b.debtor, b.related,
              b.first_on, b.first_no || iif(b.first_kind = '冻结', '冻结', b.first_kind), b.item, b.filing_date, b.my_on, b.my_kind,
              iif(b.s2, printf('；②执行依据%s于%s生效，未经诉讼对抗或应诉后%d日内即取得', substr(b.quick, 1, instr(b.quick, '|') - 1),
                               substr(b.quick, instr(b.quick, '|') + 1, 10), :quick_days), ''),
              iif(b.s4, printf('；④申请执行标的%s占该财产价值%s的%.0f%%', yuan(b.claim_fen), yuan(b.item_fen),
                               b.claim_fen * 100.0 / b.item_fen), '') || '；③立案在他案控制之后',
              2 + b.s2 + b.s4, :min_score) AS evidence,
       trim(b.case_src || ' ' || b.first_src || ' ' || b.my_src || coalesce(' ' || substr(b.quick, instr(b.quick, '|') + 12), '')) AS sources,
       '已核：申请执行人与被执行人的关联据登记信息（不含交易往来、拍卖买受）；他案控制在本案立案之前；须含关联，且另有速成执行依据或债权占财产价值过半' AS checked
FROM bp b
WHERE (b.s2 OR b.s4) AND 2 + b.s2 + b.s4 >= :min_score
UNION ALL
SELECT coalesce(p.own_case, p.case_id), 'claim:' || p.src || ':' || p.did AS hit_key,
       printf('%s：%s%s于%s在%s%s；其与被执行人%s：%s。满足%d项（提示阈值%d项）。',
              p.court_name, iif(p.own_case IS NULL, '案外人', '本案申请执行人'),
              p.tname || coalesce('（证件号' || p.tno || '）', '（无证件号，仅按姓名识别）'),
              p.event_date,
              iif(p.own_case IS NULL, '本案', '他案' || (SELECT c.case_no FROM cases c WHERE c.id = p.case_id)),
              CASE p.kind WHEN '参与分配' THEN '申请参与分配' || coalesce('，申报债权' || yuan(p.claimed), '')
                                               || iif(coalesce(p.priority_fen, 0) > 0, '，主张优先受偿' || yuan(p.priority_fen), '')
                   ELSE '对执行标的“' || coalesce(p.item, '') || '”提出案外人异议' END,
              p.debtor,
              substr(iif(p.s1, '；①存在关联：' || p.related, '')
                     || iif(p.s2, printf('；②其据以申请执行%s的%s于%s生效%s', p.q_no, p.q_doc, p.q_eff,
                                         iif(p.q_sum IS NOT NULL,
                                             printf('，自%s应诉通知起%d日', p.q_sum,
                                                    CAST(julianday(p.q_eff) - julianday(p.q_sum) AS INTEGER)),
                                             '，未经诉讼对抗')), '')
                     || iif(p.s3, printf('；③%s的执行依据于%s生效，晚于该案立案日%s', p.late_no, p.late_eff, p.filing_date), '')
                     || iif(p.s4, printf('；④%s%s占该案查封、扣押、冻结财产价值%s的%.0f%%',
                                         iif(p.kind = '参与分配', '申报债权', '异议财产价值'),
                                         yuan(p.claimed), yuan(p.seized_fen), p.claimed * 100.0 / p.seized_fen), ''), 2),
              p.s1 + p.s2 + p.s3 + p.s4, :min_score) AS evidence,
       trim(p.case_src || ' ' || p.src || coalesce(' ' || p.q_src, '')) AS sources,
       '已核：案外人非本案申请执行人或被执行人；有证件号的按证件号识别，同名不同证件号不视为同一人；关联不含交易往来与拍卖买受；须含关联或速成执行依据' AS checked
FROM pts p
WHERE (p.s1 OR p.s2) AND p.s1 + p.s2 + p.s3 + p.s4 >= :min_score
