-- code: KZ-CONTROL-DELAY
-- title: 发现可供执行财产后未及时查封、扣押、冻结
-- stage: 财产控制
-- severity: 中
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》（2020修正）第二条第一款（V1）：“……财产线索确实的，人民法院应当及时采取相应的执行措施。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十三条第一款（V1）：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询被执行人的存款、债券、股票、基金份额等财产情况。人民法院有权根据不同情形扣押、冻结、划拨、变价被执行人的财产。……”；第二百五十五条（V1）：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权查封、扣押、冻结、拍卖、变卖被执行人应当履行义务部分的财产。……”
-- basis: 扣划即控制：《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十四条第二款（V1）：“对银行存款等各类可以直接扣划的财产，人民法院的扣划裁定同时具有冻结的法律效力。”
-- basis: 期限：法律未规定具体日数（“及时”）；《最高人民法院关于人民法院办理执行案件若干期限的规定》（法发〔2006〕35号）第四条第二款（V2）：“被执行人在指定的履行期间内有转移、隐匿、变卖、毁损财产等情形的，人民法院在获悉后应当立即采取控制性执行措施。”——days 为政策默认，期间按民诉法第八十五条计算（最后一日为法定休假日的顺延）。
-- basis: 和解、中止、暂缓：《中华人民共和国民事诉讼法》第二百四十一条、第二百六十七条、第二百四十二条（V1）。
-- remedy: 建议法院对查控发现的可供执行财产及时采取查封、扣押、冻结或扣划措施，并说明本案迟延控制的原因及是否造成财产转移。
-- needs: events(网络查控/现场调查 结果“发现：…”，线索核查 结果“属实”；查封、扣押、冻结、轮候查封、案款到账；中止、暂缓、和解)
-- param: days = 7 | 发现财产后应采取控制措施的日数（政策默认，法律规定“及时”）
-- A find is a 网络查控 or 现场调查 whose result reports property found
-- (发现…, not 未发现), or a 线索核查 that found the lead true (属实: the lead's
-- item), before 终本 and while the case is open (after 终本 it is ZH-RESUME's).
-- It is answered by any 查封/扣押/冻结/轮候查封 or a 扣划 (案款到账) on or
-- after it, or was already answered when an item controlled before it is
-- named in the find. Late: the answer came after find + days (rolled), or
-- none by today / the 终本 / the closing date. A 中止/暂缓 begun within the
-- period restarts it from its end; a 和解 (not 未履行) within it leaves the
-- find out. Wake: the day after the deadline.
-- v2: silent when the debtor paid the debt in full of its own accord and
-- the court never had to control anything (no measure after the find, the
-- money not 扣划/划拨): the delay harmed no one. A late freeze stays late
-- even when the money it caught paid the case off. A find the query
-- itself says is already frozen, seized or taken (已冻结…) needs nothing.
WITH c AS (
  SELECT cs.case_id, cs.court_name, cs.src AS case_src, coalesce(cs.is_zb, 0) AS is_zb,
         CASE WHEN cs.is_zb THEN cs.zb_date WHEN cs.is_closed THEN cs.closing_date END AS ended
  FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id),
f AS (
  SELECT c.*, e.kind, e.event_date AS found, e.src,
         CASE WHEN e.kind = '线索核查' THEN coalesce(e.item, '申请执行人提供的财产线索')
              ELSE coalesce(nullif(trim(substr(e.result, instr(e.result, '发现') + 2), '：: '), ''), e.result) END AS what
  FROM c CROSS JOIN v_events e ON e.case_id = c.case_id   -- the scope's events, whatever the planner guesses
  WHERE ((e.kind IN ('网络查控', '现场调查') AND e.result LIKE '%发现%' AND e.result NOT LIKE '%未发现%')
         OR (e.kind = '线索核查' AND e.result LIKE '%属实%' AND e.result NOT LIKE '%不属实%'))
    AND (c.ended IS NULL OR e.event_date < c.ended)
    -- a find that says it is already under control (「发现：存款（已冻结）」)
    AND coalesce(e.result, '') NOT LIKE '%已冻结%' AND coalesce(e.result, '') NOT LIKE '%已查封%'
    AND coalesce(e.result, '') NOT LIKE '%已扣押%' AND coalesce(e.result, '') NOT LIKE '%已被%控制%'),
g AS (
  SELECT f.*, legal_add_days(found, :days) AS due0,
         (SELECT m.event_date || '|' || m.kind || '|' || m.src FROM v_events m WHERE m.case_id = f.case_id
          AND m.event_date >= f.found AND (m.kind IN ('查封', '扣押', '冻结', '轮候查封') OR m.kind = '案款到账')
          ORDER BY m.event_date, m.id LIMIT 1) AS ctl,
         EXISTS (SELECT 1 FROM v_events m WHERE m.case_id = f.case_id AND m.event_date < f.found
                 AND m.kind IN ('查封', '扣押', '冻结', '轮候查封') AND m.item IS NOT NULL
                 AND instr(f.what, m.item) > 0) AS held_before,
         (SELECT u.start_date || '|' || coalesce(u.end_date, '') || '|' || u.src FROM v_suspend u
          WHERE u.case_id = f.case_id AND u.start_date <= legal_add_days(f.found, :days)
            AND coalesce(u.end_date, '9999-12-31') >= f.found
          ORDER BY coalesce(u.end_date, '9999-12-31') DESC LIMIT 1) AS susp,
         (coalesce((SELECT cs.outstanding_fen FROM v_case_state cs WHERE cs.case_id = f.case_id), 1) <= 0
          AND NOT EXISTS (SELECT 1 FROM v_events m WHERE m.case_id = f.case_id AND m.event_date >= f.found
                          AND (m.kind IN ('查封', '扣押', '冻结', '轮候查封', '扣划')
                               OR (m.kind = '案款到账' AND (coalesce(m.note, '') || coalesce(m.result, '') || coalesce(m.item, ''))
                                                          GLOB '*[划扣]*')))) AS paid_freely,
         EXISTS (SELECT 1 FROM v_events h WHERE h.case_id = f.case_id AND h.kind = '和解'
                 AND coalesce(h.result, '') NOT LIKE '%未履行%'
                 AND h.event_date BETWEEN f.found AND legal_add_days(f.found, :days)) AS settled
  FROM f),
d AS (
  SELECT g.*, substr(ctl, 1, 10) AS ctl_on, substr(ctl, 12, instr(substr(ctl, 12), '|') - 1) AS ctl_kind,
         CASE WHEN susp IS NULL THEN due0
              WHEN substr(susp, 12, 10) <> '' THEN legal_add_days(substr(susp, 12, 10), :days) END AS due
  FROM g WHERE NOT held_before AND NOT settled AND NOT paid_freely)
SELECT case_id, kind || ':' || found AS hit_key, (coalesce(ctl_on, ended, :today) > due) AS fires,
       CASE WHEN ctl_on IS NULL AND ended IS NULL AND due >= :today THEN date(due, '+1 day') END AS wake,
       printf('%s：%s%s发现可供执行财产“%s”，应及时采取控制措施（政策默认%d日，届满日%s%s）', court_name, found,
              iif(kind = '线索核查', '核查申请执行人线索属实，', '经' || kind), what, :days, due,
              iif(susp IS NOT NULL, printf('，其间%s起中止/暂缓执行至%s，自其结束之日重新计算', substr(susp, 1, 10),
                                          substr(susp, 12, 10)), '')) ||
       CASE WHEN ctl_on IS NOT NULL
            THEN printf('；迟至%s才%s，晚于期限%d日。', ctl_on, iif(ctl_kind = '案款到账', '扣划到账', ctl_kind),
                        CAST(julianday(ctl_on) - julianday(due) AS INTEGER))
            ELSE printf('；%s未见查封、扣押、冻结或扣划。',
                        CASE WHEN ended IS NULL THEN '至筛查之日' ELSE printf('至%s（%s）', iif(is_zb, '终本', '结案'), ended) END) END
       AS evidence,
       trim(case_src || ' ' || src || ' ' || coalesce(substr(ctl, 13 + length(ctl_kind)), '') || ' ' ||
            coalesce(substr(susp, 23), '')) AS sources,
       '已核：发现于终本、结案之前；该财产此前未被控制；期限内无执行和解；非被执行人未经控制即自动全部履行' ||
       iif(susp IS NULL, '；期限内无中止/暂缓', '；中止/暂缓已另计') AS checked
FROM d
WHERE due IS NOT NULL AND (coalesce(ctl_on, ended, :today) > due OR (ctl_on IS NULL AND ended IS NULL AND due >= :today))
