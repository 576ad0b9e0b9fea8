-- code: CX-CLUE-7D
-- title: 申请执行人的财产线索、审计或悬赏申请未及时处理
-- stage: 财产查询
-- severity: 中
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》（2020修正）第二条第一款（V1）：“申请执行人提供被执行人财产线索，应当填写财产调查表。财产线索明确、具体的，人民法院应当在七日内调查核实；情况紧急的，应当在三日内调查核实。财产线索确实的，人民法院应当及时采取相应的执行措施。”
-- basis: 同规定第十七条（V1，审计）：“……可以书面申请人民法院委托审计机构对该被执行人进行审计。人民法院应当自收到书面申请之日起十日内决定是否准许。”；第二十一条（V1，悬赏）：“被执行人不履行生效法律文书确定的义务，申请执行人可以向人民法院书面申请发布悬赏公告查找可供执行的财产。……人民法院应当自收到书面申请之日起十日内决定是否准许。”
-- basis: 期间计算：《中华人民共和国民事诉讼法》第八十五条（V1）：“期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。”
-- basis: 中止、暂缓：《中华人民共和国民事诉讼法》第二百六十七条、第二百四十二条（V1）——期限内开始中止/暂缓的，自其结束之日重新计算（政策处理）。
-- basis: 较严标准：《最高人民法院关于人民法院办理执行案件若干期限的规定》（法发〔2006〕35号）第六条（V2）：“……承办人应当在申请执行人提供财产状况或财产线索后5日内进行查证、核实。情况紧急的，应当立即予以核查。……”（可将 days 设为 5）
-- remedy: 建议法院对申请执行人提供的明确、具体的财产线索在法定期限内调查核实，线索确实的及时采取执行措施；对审计、悬赏申请在十日内作出是否准许的决定。
-- needs: v_clues、v_clue_answers(财产线索及其明确程度、紧急与否；线索核查、现场调查、查封/扣押/冻结)；events(审计申请、审计决定、悬赏申请、悬赏决定、中止、暂缓)
-- param: days = 7 | 明确、具体的财产线索应核实的日数（财产调查规定第二条；法定）
-- param: urgent_days = 3 | 情况紧急的财产线索应核实的日数（同条；法定）
-- param: decide_days = 10 | 审计、悬赏申请应决定的日数（财产调查规定第十七条、第二十一条；法定）
-- A lead counts unless it is 不明确, and is answered as v_clues and
-- v_clue_answers say (033: a lead the court's file does not grade is
-- specific when it names a thing; a 现场调查 of that thing verifies it;
-- 紧急 may stand in the 备注). An application is
-- answered by the first decision of its kind on or after it. Late: the
-- answer came after the (rolled) deadline, or none by today, the 终本 date
-- or the closing date. Leads given after 终本 are ZH-RESUME's. A case not
-- yet late wakes the day after the deadline.
WITH c AS (
  SELECT cs.case_id, cs.court_name, cs.src AS case_src, coalesce(cs.is_zb, 0) AS is_zb,
         CASE WHEN cs.is_zb THEN cs.zb_date WHEN cs.is_closed THEN cs.closing_date END AS ended
  FROM screen_scope s JOIN v_case_state cs ON cs.case_id = s.case_id),
ask AS (
  SELECT c.*, 'clue' AS what, e.event_date AS asked, e.item, e.clarity || iif(e.urgent AND e.clarity NOT LIKE '%紧急%', '，情况紧急', '') AS result,
         e.src, iif(e.urgent, :urgent_days, :days) AS n,
         (SELECT a.event_date || '|' || a.kind || '|' || a.src FROM v_clue_answers a WHERE a.clue_id = e.id
          ORDER BY a.event_date, a.id LIMIT 1) AS done
  FROM c JOIN v_clues e ON e.case_id = c.case_id
  WHERE e.clarity <> '不明确' AND (c.ended IS NULL OR e.event_date <= c.ended)
  UNION ALL
  SELECT c.*, e.kind, e.event_date, e.item, e.result, e.src, :decide_days,
         (SELECT a.event_date || '|' || a.kind || '|' || a.src FROM v_events a WHERE a.case_id = c.case_id
          AND a.kind = replace(e.kind, '申请', '决定') AND a.event_date >= e.event_date
          ORDER BY a.event_date, a.id LIMIT 1)
  FROM c JOIN v_events e ON e.case_id = c.case_id AND e.kind IN ('审计申请', '悬赏申请')
  WHERE c.ended IS NULL OR e.event_date <= c.ended),
sp AS (
  SELECT ask.*, legal_add_days(asked, n) AS due0,
         (SELECT u.start_date || '|' || coalesce(u.end_date, '') || '|' || u.src FROM v_suspend u
          WHERE u.case_id = ask.case_id AND u.start_date <= legal_add_days(ask.asked, ask.n)
            AND coalesce(u.end_date, '9999-12-31') >= ask.asked
            AND (ask.done IS NULL OR u.start_date < substr(ask.done, 1, 10))
          ORDER BY coalesce(u.end_date, '9999-12-31') DESC LIMIT 1) AS susp
  FROM ask),
d AS (
  SELECT sp.*, substr(done, 1, 10) AS done_on, substr(done, 12, instr(substr(done, 12), '|') - 1) AS done_kind,
         CASE WHEN susp IS NULL THEN due0
              WHEN substr(susp, 12, 10) <> '' THEN legal_add_days(substr(susp, 12, 10), n) END AS due
  FROM sp)
SELECT case_id, what || ':' || asked || coalesce(':' || item, '') AS hit_key,
       (coalesce(done_on, ended, :today) > due) AS fires,
       CASE WHEN done_on IS NULL AND ended IS NULL AND due >= :today THEN date(due, '+1 day') END AS wake,
       printf('%s：', court_name) ||
       CASE WHEN what = 'clue'
            THEN printf('申请执行人于%s提供财产线索“%s”（%s），应于%d日内（届满日%s）调查核实', asked,
                        coalesce(item, '未写明'), result, n, due)
            ELSE printf('申请执行人于%s书面申请%s，人民法院应于%d日内（届满日%s）决定是否准许', asked,
                        replace(what, '申请', ''), n, due) END ||
       iif(susp IS NOT NULL, printf('（其间%s起中止/暂缓执行至%s，自其结束之日重新计算）', substr(susp, 1, 10),
                                     substr(susp, 12, 10)), '') ||
       CASE WHEN done_on IS NOT NULL
            THEN printf('；%s迟至%s，晚于期限%d日。', done_kind, done_on, CAST(julianday(done_on) - julianday(due) AS INTEGER))
            ELSE printf('；%s未见%s。',
                        CASE WHEN ended IS NULL THEN '至筛查之日' ELSE printf('至%s（%s）', iif(is_zb, '终本', '结案'), ended) END,
                        iif(what = 'clue', '核查或对该财产采取措施', '准许与否的决定')) END AS evidence,
       trim(case_src || ' ' || src || ' ' || coalesce(substr(done, 13 + length(done_kind)), '') || ' ' ||
            coalesce(substr(susp, 23), '')) AS sources,
       iif(what = 'clue', '已核：线索明确、具体' || iif(n = :urgent_days, '且情况紧急', '') || '；线索在终本、结案之前提供',
           '已核：申请在终本、结案之前提出') || iif(susp IS NULL, '；期限内无中止/暂缓', '；中止/暂缓已另计') AS checked
FROM d
WHERE due IS NOT NULL AND (coalesce(done_on, ended, :today) > due OR (done_on IS NULL AND ended IS NULL AND due >= :today))
