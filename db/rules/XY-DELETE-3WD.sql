-- code: XY-DELETE-3WD
-- title: 失信信息应删未删（三个工作日）
-- stage: 信用惩戒
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）第十条（V1）：“具有下列情形之一的，人民法院应当在三个工作日内删除失信信息：（一）被执行人已履行生效法律文书确定的义务或人民法院已执行完毕的；（二）当事人达成执行和解协议且已履行完毕的；（三）申请执行人书面申请删除失信信息，人民法院审查同意的；（四）终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上，未发现有可供执行财产，且申请执行人或者其他人未提供有效财产线索的；（五）因审判监督或破产程序，人民法院依法裁定对失信被执行人中止执行的；（六）人民法院依法裁定不予执行的；（七）人民法院依法裁定终结执行的。有纳入期限的，不适用前款规定。纳入期限届满后三个工作日内，人民法院应当删除失信信息。……”
-- basis: 同规定第二条第一款（V1）：“被执行人具有本规定第一条第二项至第六项规定情形的，纳入失信被执行人名单的期限为二年。被执行人以暴力、威胁方法妨碍、抗拒执行情节严重或具有多项失信行为的，可以延长一至三年。”——按第一条第（一）项纳入的没有期限，适用第十条第一款；按第（二）至（六）项纳入的有期限，期满后删除（决定书写明期满日的以其为准，否则按二年计）。
-- basis: “三个工作日”按国务院办公厅公布的节假日安排计算，调休上班日为工作日（db/calendar）；期间开始之日不计入（《中华人民共和国民事诉讼法》第八十五条第二款（V1）：“期间开始的时和日，不计算在期间内。”）。
-- basis: 例外：执行完毕、终结执行后又恢复执行（执恢案件立案）的，债务未消灭，不要求删除；第十条第一款第（四）项要求终本后两次查询均未发现财产、其间无有效财产线索且未恢复执行。
-- remedy: 建议法院立即删除失信信息，并在失信被执行人名单库中同步更新；今后在删除事由出现后三个工作日内删除。
-- needs: v_measure_target(失信：标的物/备注为纳入事由，到期日为纳入期限届满日；删除失信)；v_case_state(结案方式、结案日期、终本日期；原案号指向本案的执恢案件)；v_events(终本后查询/网络查控〔结果：未发现…/发现：…〕、财产线索〔结果：不明确〕、线索核查〔结果：不属实〕、恢复执行、中止〔事由含再审、审判监督或破产〕)
-- param: workdays = 3 | 删除期限（工作日；第十条）
-- Not modelled (no event carries them): 第十条第一款第（二）项 和解履行完毕
-- (the 和解 row has no date of performance), 第（三）项 the applicant's
-- request. Each listing (one 失信 event of one person) gets the earliest
-- deletion ground; the deletion is the person's first 删除失信 on or after
-- the listing. A listing with a period runs to the decision's end date,
-- else two years by 民法典 第二百零二条 (the corresponding day: a
-- sanction's length, so not rolled past rest days).
WITH mt AS MATERIALIZED (
  SELECT t.* FROM screen_scope s CROSS JOIN v_measure_target t ON t.case_id = s.case_id
  WHERE t.kind IN ('失信', '删除失信') AND t.event_date IS NOT NULL),
ev AS MATERIALIZED (
  SELECT e.case_id, e.id, e.kind, e.event_date, e.item, e.note, e.result, e.src
  FROM screen_scope s CROSS JOIN v_events e ON e.case_id = s.case_id
  WHERE e.kind IN ('终本后查询', '网络查控', '财产线索', '线索核查', '恢复执行', '中止')),
raw AS (
  SELECT t.case_id, t.party_id, t.event_date AS listed, t.end_date, t.src,
         replace(replace(coalesce(t.item, '') || '|' || coalesce(t.note, '') || '|' || coalesce(t.result, ''),
                         '(', '（'), ')', '）') AS g
  FROM mt t WHERE t.kind = '失信'),
l AS MATERIALIZED (
  SELECT raw.*,
         CASE WHEN g LIKE '%（一）%' OR g LIKE '%第一项%' OR g LIKE '%有履行能力而拒不履行%' THEN 1
              WHEN g LIKE '%（二）%' OR g LIKE '%第二项%' OR g LIKE '%妨碍%' OR g LIKE '%抗拒%' OR g LIKE '%伪造证据%'
                   OR g LIKE '%暴力%' OR g LIKE '%威胁%' THEN 2
              WHEN g LIKE '%（三）%' OR g LIKE '%第三项%' OR g LIKE '%虚假诉讼%' OR g LIKE '%虚假仲裁%' OR g LIKE '%隐匿%'
                   OR g LIKE '%转移财产%' OR g LIKE '%规避执行%' THEN 3
              WHEN g LIKE '%（四）%' OR g LIKE '%第四项%' OR g LIKE '%财产报告%' OR g LIKE '%报告财产%' THEN 4
              WHEN g LIKE '%（五）%' OR g LIKE '%第五项%' OR g LIKE '%限制消费%' OR g LIKE '%限消%' OR g LIKE '%高消费%' THEN 5
              WHEN g LIKE '%（六）%' OR g LIKE '%第六项%' OR g LIKE '%和解%' THEN 6 END AS ground
  FROM raw),
lp AS (
  SELECT l.*, (end_date IS NOT NULL OR coalesce(ground, 1) >= 2) AS has_period,
         coalesce(end_date, CASE WHEN ground >= 2 THEN add_months_raw(listed, 24) END) AS period_end
  FROM l),
-- a 终本 listing's first two queries after the 终本, worked out once (as a
-- subquery they were evaluated again for every test of them) and read
-- through events_case, not the materialised ev (no index of its own)
zq AS MATERIALIZED (
  SELECT lp.*, cs.zb_date, cs.case_no,
         (SELECT e.event_date FROM v_events e WHERE e.case_id = lp.case_id AND e.kind IN ('终本后查询', '网络查控')
          AND e.event_date > cs.zb_date ORDER BY e.event_date, e.id LIMIT 1) AS q1,
         (SELECT e.event_date FROM v_events e WHERE e.case_id = lp.case_id AND e.kind IN ('终本后查询', '网络查控')
          AND e.event_date > cs.zb_date ORDER BY e.event_date, e.id LIMIT 1 OFFSET 1) AS q2,
         (SELECT group_concat(src, ' ') FROM (SELECT e.src FROM v_events e WHERE e.case_id = lp.case_id
          AND e.kind IN ('终本后查询', '网络查控') AND e.event_date > cs.zb_date ORDER BY e.event_date, e.id LIMIT 2)) AS q_src
  FROM lp JOIN v_case_state cs ON cs.case_id = lp.case_id
  WHERE NOT lp.has_period AND cs.is_zb AND cs.zb_date IS NOT NULL),
due AS (
  -- a listing with a period: its end (第十条第二款)
  SELECT lp.*, period_end AS due,
         printf('纳入期限%s于%s届满', iif(end_date IS NULL, printf('（第二条第一款：二年，自%s起）', listed), ''), period_end) AS why,
         '第十条第一款后段' AS clause, '' AS why_src
  FROM lp WHERE has_period
  UNION ALL
  -- 执行完毕 / 不予执行 / 终结执行, not resumed since
  SELECT lp.*, max(lp.listed, cs.closing_date),
         printf('案件于%s以“%s”结案', cs.closing_date, cs.closing_method),
         CASE cs.closing_method WHEN '执行完毕' THEN '第十条第一款第（一）项' WHEN '不予执行' THEN '第十条第一款第（六）项'
              ELSE '第十条第一款第（七）项' END, ''
  FROM lp JOIN v_case_state cs ON cs.case_id = lp.case_id
  WHERE NOT has_period AND cs.closing_method IN ('执行完毕', '不予执行', '终结执行') AND cs.closing_date IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM v_case_state k WHERE k.prior_case_no = cs.case_no AND k.filing_date > cs.closing_date)
  UNION ALL
  -- 终本, then two online queries that found nothing, no valid lead, not resumed
  SELECT q.case_id, q.party_id, q.listed, q.end_date, q.src, q.g, q.ground, q.has_period, q.period_end,
         max(q.listed, q.q2),
         printf('%s终结本次执行程序后，%s、%s两次网络查控均未发现可供执行财产，其间无有效财产线索', q.zb_date, q.q1, q.q2),
         '第十条第一款第（四）项', q.q_src
  FROM zq AS q
  WHERE q.q2 IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM ev e WHERE e.case_id = q.case_id AND e.kind IN ('终本后查询', '网络查控')
                    AND e.event_date > q.zb_date AND e.event_date <= q.q2
                    AND e.result LIKE '%发现%' AND e.result NOT LIKE '%未发现%')
    AND NOT EXISTS (SELECT 1 FROM ev c WHERE c.case_id = q.case_id AND c.kind = '财产线索'
                    AND c.event_date > q.zb_date AND c.event_date <= q.q2 AND coalesce(c.result, '') NOT LIKE '%不明确%'
                    AND NOT EXISTS (SELECT 1 FROM ev v WHERE v.case_id = c.case_id AND v.kind = '线索核查'
                                    AND v.event_date >= c.event_date AND v.result LIKE '%不属实%'))
    AND NOT EXISTS (SELECT 1 FROM ev r WHERE r.case_id = q.case_id AND r.kind = '恢复执行'
                    AND r.event_date > q.zb_date AND r.event_date <= q.q2)
    AND NOT EXISTS (SELECT 1 FROM v_case_state k WHERE k.prior_case_no = q.case_no
                    AND k.filing_date > q.zb_date AND k.filing_date <= q.q2)
  UNION ALL
  -- 中止 because of 审判监督 or 破产
  SELECT lp.*, max(lp.listed, e.event_date), printf('%s因%s裁定中止执行', e.event_date,
         CASE WHEN (coalesce(e.item, '') || coalesce(e.note, '') || coalesce(e.result, '')) LIKE '%破产%' THEN '破产程序'
              ELSE '审判监督程序' END),
         '第十条第一款第（五）项', e.src
  FROM lp JOIN ev e ON e.case_id = lp.case_id AND e.kind = '中止'
  WHERE NOT lp.has_period
    AND ((coalesce(e.item, '') || coalesce(e.note, '') || coalesce(e.result, '')) LIKE '%再审%'
         OR (coalesce(e.item, '') || coalesce(e.note, '') || coalesce(e.result, '')) LIKE '%审判监督%'
         OR (coalesce(e.item, '') || coalesce(e.note, '') || coalesce(e.result, '')) LIKE '%破产%')),
first_due AS (
  SELECT * FROM (SELECT due.*, row_number() OVER (PARTITION BY case_id, src ORDER BY due, clause) AS k FROM due)
  WHERE k = 1 AND due IS NOT NULL),
judged AS (
  SELECT f.*, legal_add_workdays(f.due, :workdays) AS deadline,
         (SELECT d.event_date FROM mt d WHERE d.case_id = f.case_id AND d.kind = '删除失信'
          AND d.event_date >= f.listed AND (d.party_id IS f.party_id OR d.party_id IS NULL OR f.party_id IS NULL)
          ORDER BY d.event_date, d.id LIMIT 1) AS deleted,
         (SELECT d.src FROM mt d WHERE d.case_id = f.case_id AND d.kind = '删除失信'
          AND d.event_date >= f.listed AND (d.party_id IS f.party_id OR d.party_id IS NULL OR f.party_id IS NULL)
          ORDER BY d.event_date, d.id LIMIT 1) AS deleted_src
  FROM first_due f)
SELECT j.case_id, '失信:' || j.listed || ':' || coalesce(j.party_id, '') AS hit_key,
       (j.deleted IS NOT NULL OR :today > j.deadline) AS fires,
       CASE WHEN j.deleted IS NULL AND :today <= j.deadline THEN date(j.deadline, '+1 day') END AS wake,
       printf('%s：%s将被执行人%s纳入失信被执行人名单（%s）；%s，依失信规定%s应在其后%d个工作日内（按法定节假日及调休计，最迟%s）删除失信信息；%s。',
              cs.court_name, j.listed, coalesce(p.name, ''),
              CASE WHEN j.ground IS NOT NULL THEN printf('事由：第一条第（%s）项', substr('一二三四五六', j.ground, 1))
                   ELSE '事由未载明' END || iif(j.has_period, '，有纳入期限', '，未定纳入期限'),
              j.why, j.clause, :workdays, j.deadline,
              iif(j.deleted IS NULL, '至今未见删除失信信息的记录', printf('直到%s才删除，逾期', j.deleted))) AS evidence,
       cs.src || ' ' || j.src || coalesce(' ' || nullif(j.why_src, ''), '') || coalesce(' ' || j.deleted_src, '') AS sources,
       '已核：删除与纳入为同一被执行人；' || iif(j.has_period, '有纳入期限的按期满计（第十条第一款后段）',
              '无纳入期限；结案的未见其后恢复执行（执恢）') AS checked
FROM judged j
JOIN v_case_state cs ON cs.case_id = j.case_id
LEFT JOIN parties p ON p.id = j.party_id
WHERE j.deleted IS NULL OR j.deleted > j.deadline
