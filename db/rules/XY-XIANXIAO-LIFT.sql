-- code: XY-XIANXIAO-LIFT
-- title: 履行完毕后未及时解除限制消费令
-- stage: 信用惩戒
-- severity: 中
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（法释〔2015〕17号）第九条（V1）：“在限制消费期间，被执行人提供确实有效的担保或者经申请执行人同意的，人民法院可以解除限制消费令；被执行人履行完毕生效法律文书确定的义务的，人民法院应当在本规定第六条通知或者公告的范围内及时以通知或者公告解除限制消费令。”
-- basis: “及时”没有法定天数：政策默认参照《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）第十条第一款（V1）“人民法院应当在三个工作日内删除失信信息”，按工作日计（节假日及调休依国务院办公厅通知，db/calendar），结案日不计入（《中华人民共和国民事诉讼法》第八十五条第二款（V1）：“期间开始的时和日，不计算在期间内。”）。
-- basis: 例外：执行完毕后又恢复执行（执恢案件以本案为原案号立案）的，义务并未履行完毕，不要求解除。
-- remedy: 建议法院立即在原通知或公告范围内以通知或公告解除限制消费令，并规范履行完毕后解除的时限。
-- needs: v_case_state(结案方式“执行完毕”、结案日期；原案号指向本案的执恢案件)；v_measure_target(限制消费、解除限制消费：标的物/相对人为被限制的人)
-- param: workdays = 3 | 履行完毕后应解除的期限（工作日；“及时”的政策默认，参照失信规定第十条）
-- Each 限制消费令 of a person, issued on or before the closing, whose first
-- lifting (same person) came after the deadline or not at all.
WITH mt AS MATERIALIZED (
  SELECT t.* FROM screen_scope s CROSS JOIN v_measure_target t ON t.case_id = s.case_id
  WHERE t.kind IN ('限制消费', '解除限制消费') AND t.event_date IS NOT NULL),
x AS (
  SELECT cs.case_id, cs.court_name, cs.closing_date, cs.src AS case_src, t.party_id, t.event_date AS issued, t.src,
         legal_add_workdays(cs.closing_date, :workdays) AS deadline,
         (SELECT l.event_date FROM mt l WHERE l.case_id = t.case_id AND l.kind = '解除限制消费'
          AND l.event_date >= t.event_date AND (l.party_id IS t.party_id OR l.party_id IS NULL OR t.party_id IS NULL)
          ORDER BY l.event_date, l.id LIMIT 1) AS lifted,
         (SELECT l.src FROM mt l WHERE l.case_id = t.case_id AND l.kind = '解除限制消费'
          AND l.event_date >= t.event_date AND (l.party_id IS t.party_id OR l.party_id IS NULL OR t.party_id IS NULL)
          ORDER BY l.event_date, l.id LIMIT 1) AS lifted_src
  FROM mt t JOIN v_case_state cs ON cs.case_id = t.case_id
  WHERE t.kind = '限制消费' AND cs.closing_method = '执行完毕' AND cs.closing_date IS NOT NULL
    AND t.event_date <= cs.closing_date
    AND NOT EXISTS (SELECT 1 FROM v_case_state k WHERE k.prior_case_no = cs.case_no AND k.filing_date > cs.closing_date))
SELECT x.case_id, '限消:' || x.issued || ':' || coalesce(x.party_id, '') AS hit_key,
       (x.lifted IS NOT NULL OR :today > x.deadline) AS fires,
       CASE WHEN x.lifted IS NULL AND :today <= x.deadline THEN date(x.deadline, '+1 day') END AS wake,
       printf('%s：%s对%s发出限制消费令；案件于%s执行完毕，应在其后%d个工作日内（“及时”的政策默认，按法定节假日及调休计，最迟%s）解除；%s。',
              x.court_name, x.issued, coalesce('被执行人' || p.name, '被执行人'), x.closing_date, :workdays, x.deadline,
              iif(x.lifted IS NULL, '至今未见解除限制消费令的记录', printf('直到%s才解除，逾期', x.lifted))) AS evidence,
       trim(x.case_src || ' ' || x.src || coalesce(' ' || x.lifted_src, '')) AS sources,
       '已核：解除与限制为同一人；限制消费令发于结案前；执行完毕后未见恢复执行（执恢）' AS checked
FROM x LEFT JOIN parties p ON p.id = x.party_id
WHERE x.lifted IS NULL OR x.lifted > x.deadline
