-- code: KZ-PAPER-VEHICLE
-- title: 车辆查而未扣（纸面查封）
-- stage: 财产控制
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》（2020修正）第十六条（V1）：“人民法院对已经办理查封登记手续的被执行人机动车、船舶、航空器等特定动产未能实际扣押的，可以依照相关规定通知有关单位协助查找。”
-- basis: 《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》（2020修正）第六条（V1）：“查封、扣押动产的，人民法院可以直接控制该项财产。人民法院将查封、扣押的动产交付其他人控制的，应当在该动产上加贴封条或者采取其他足以公示查封、扣押的适当方式。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十八条（V1）：“财产被查封、扣押后，执行员应当责令被执行人在指定期间履行法律文书确定的义务。被执行人逾期不履行的，人民法院应当拍卖被查封、扣押的财产；……”——未实际控制的车辆无法交付买受人，处置无从进行。
-- basis: 期限：法律、司法解释未规定查封登记后实际扣押的期限；max_days 为政策默认（“及时”），期间按民诉法第八十五条计算（V1）：“期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。”
-- basis: 轮候查封不计：《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十六条第一款（V1）：“对已被人民法院查封、扣押、冻结的财产，其他人民法院可以进行轮候查封、扣押、冻结。查封、扣押、冻结解除的，登记在先的轮候查封、扣押、冻结即自动生效。”；中止、暂缓：《中华人民共和国民事诉讼法》第二百六十七条、第二百四十二条（V1）。
-- remedy: 建议法院对已查封登记的车辆及时实际扣押并依法处置；未能扣押的，依财产调查规定第十六条通知有关单位协助查找，并将无法扣押的原因记录入卷。
-- needs: events(查封 item 为车牌号、扣押、解封、处置、处置障碍、中止、暂缓、和解)；cases(结案方式、终本日期)
-- param: max_days = 60 | 查封登记后应实际扣押的日数（政策默认，法律未规定）
-- param: open_cases = 1 | 未结案件也审查（1，默认）；0 只审查已终本的案件（法律未规定扣押期限，未结案件尚可扣押）
-- A vehicle is an item holding a plate: a province character, a letter and
-- five or six letters or digits (浙D88K21, 小型轿车浙DF12345). It counts
-- when this court's 查封 is in force (not 轮候), not released, not disposed
-- of within the period, and not taken (扣押) by the deadline: a car taken
-- late was on paper until then. The period runs from the first 查封 (restarted after a
-- 中止/暂缓 begun within it; none while one runs, or while a 和解 is being
-- performed) to the 扣押, the 终本 date, or today. A recorded obstacle
-- excuses it only when the court looked for the car (协助查找, 布控:
-- 财产调查规定 第十六条); "下落不明" written on the seizure with no search
-- is the paper seizure itself. Open cases are checked too (one not yet late
-- wakes the day after the deadline); the law sets no deadline, so a court
-- that wants only the 终本 cases sets open_cases = 0.
-- Views are read once into MATERIALIZED CTEs (a correlated subquery over a
-- view is re-run per row: quadratic on a large database).
WITH c AS MATERIALIZED (
  SELECT cs.case_id, cs.court_name, coalesce(cs.is_zb, 0) AS is_zb, cs.zb_date, cs.src AS case_src
  FROM screen_scope s JOIN v_case_state cs ON cs.case_id = s.case_id
  WHERE NOT coalesce(cs.is_closed, 0) AND (coalesce(cs.is_zb, 0) OR :open_cases)),
vc AS MATERIALIZED (
  SELECT v.case_id, v.item, v.src, v.obstacle, v.released_date, v.disposed_date
  FROM c JOIN v_control v ON v.case_id = c.case_id
  WHERE NOT v.waiting
    AND v.item GLOB '*[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]*'
    AND NOT coalesce(v.obstacle LIKE '%查找%' OR v.obstacle LIKE '%布控%' OR v.obstacle LIKE '%协查%', 0)),
ev AS MATERIALIZED (
  SELECT e.case_id, e.kind, e.event_date, e.item, e.result FROM c CROSS JOIN v_events e ON e.case_id = c.case_id
  WHERE e.kind IN ('查封', '扣押', '和解')),
veh AS MATERIALIZED (
  SELECT vc.case_id, vc.item, vc.src, vc.obstacle, vc.released_date, vc.disposed_date, c.court_name, c.is_zb, c.zb_date, c.case_src,
         min(CASE WHEN x.kind = '查封' THEN x.event_date END) AS seized,
         min(CASE WHEN x.kind = '扣押' THEN x.event_date END) AS taken
  FROM vc JOIN c ON c.case_id = vc.case_id JOIN ev x ON x.case_id = vc.case_id AND x.item = vc.item
  GROUP BY vc.case_id, vc.item),
su AS MATERIALIZED (
  SELECT u.case_id, u.start_date, u.end_date, u.src FROM c JOIN v_suspend u ON u.case_id = c.case_id),
p AS MATERIALIZED (
  SELECT veh.*, legal_add_days(seized, :max_days) AS due0,
         (SELECT u.start_date || '|' || coalesce(u.end_date, '') || '|' || u.src FROM su u
          WHERE u.case_id = veh.case_id AND u.start_date <= legal_add_days(veh.seized, :max_days)
            AND coalesce(u.end_date, '9999-12-31') >= veh.seized
          ORDER BY coalesce(u.end_date, '9999-12-31') DESC LIMIT 1) AS susp,
         EXISTS (SELECT 1 FROM ev h WHERE h.case_id = veh.case_id AND h.kind = '和解'
                 AND coalesce(h.result, '') NOT LIKE '%未履行%'
                 AND h.event_date BETWEEN veh.seized AND legal_add_days(veh.seized, :max_days)) AS settled
  FROM veh WHERE seized IS NOT NULL),
d AS MATERIALIZED (
  SELECT p.*, CASE WHEN susp IS NULL THEN due0
                   WHEN substr(susp, 12, 10) <> '' THEN legal_add_days(substr(susp, 12, 10), :max_days) END AS due,
         CASE WHEN is_zb THEN min(coalesce(taken, zb_date), zb_date) ELSE coalesce(taken, :today) END AS upto
  FROM p WHERE NOT settled)
SELECT case_id, item AS hit_key, (upto > due) AS fires,
       CASE WHEN NOT is_zb AND taken IS NULL AND due >= :today THEN date(due, '+1 day') END AS wake,
       printf('%s：车辆“%s”于%s查封（登记），查封后%d日期限届满日%s%s；%s%s。',
              court_name, item, seized, :max_days, due,
              iif(susp IS NOT NULL, printf('（其间%s起中止/暂缓执行至%s，自其结束之日重新计算）',
                                           substr(susp, 1, 10), substr(susp, 12, 10)), ''),
              CASE WHEN taken IS NOT NULL AND taken <= upto THEN printf('至%s才实际扣押，逾期%d日', taken, julianday(taken) - julianday(due))
                   WHEN coalesce(released_date, disposed_date) IS NOT NULL
                   THEN printf('至%s方解除或处置，其间未见实际扣押', min(coalesce(released_date, disposed_date),
                                                                    coalesce(disposed_date, released_date)))
                   ELSE iif(is_zb, printf('至终本（%s）', zb_date), '至筛查之日')
                        || '未见实际扣押，亦未见解封、处置' || iif(obstacle IS NULL, '或无法扣押的原因（下落不明、通知有关单位协助查找等）', '') END,
              iif(obstacle IS NOT NULL, printf('；卷内记载“%s”，但未见通知有关单位协助查找（财产调查规定第十六条）', obstacle), '')) AS evidence,
       trim(case_src || ' ' || src || ' ' || coalesce(substr(susp, 23), '')) AS sources,
       '已核：非轮候查封；期限内无扣押；未解封、未处置；无协助查找的记录' ||
       iif(susp IS NULL, '；期限内无中止/暂缓', '；中止/暂缓已另计') || '；期限内无执行和解' AS checked
FROM d
WHERE due IS NOT NULL AND (upto > due OR (NOT is_zb AND taken IS NULL AND due >= :today))
  -- released or sold within the period: never a paper seizure; later: it was one until then
  AND coalesce(released_date, '9999-12-31') > due AND coalesce(disposed_date, '9999-12-31') > due
