-- code: CZ-REAUCTION-30D
-- title: 流拍后未按期再次拍卖（变卖）
-- stage: 财产处置
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十六条（V1）：“网络司法拍卖竞价期间无人出价的，本次拍卖流拍。流拍后应当在三十日内在同一网络司法拍卖平台再次拍卖，拍卖动产的应当在拍卖七日前公告；拍卖不动产或者其他财产权的应当在拍卖十五日前公告。再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十。再次拍卖流拍的，可以依法在同一网络司法拍卖平台变卖。”（再次拍卖流拍后变卖是“可以”，不设期限。）
-- basis: 委托拍卖：《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第二十三条（V1）：“拍卖时无人竞买或者竞买人的最高应价低于保留价，到场的申请执行人或者其他执行债权人不申请以该次拍卖所定的保留价抵债的，应当在六十日内再行拍卖。”第二十四条（V1）：“对于第二次拍卖仍流拍的动产，人民法院可以依照本规定第十六条的规定将其作价交申请执行人或者其他执行债权人抵债。申请执行人或者其他执行债权人拒绝接受或者依法不能交付其抵债的，人民法院应当解除查封、扣押，并将该动产退还被执行人。”第二十五条（V1）：“对于第二次拍卖仍流拍的不动产或者其他财产权，……申请执行人或者其他执行债权人拒绝接受或者依法不能交付其抵债的，应当在六十日内进行第三次拍卖。第三次拍卖流拍且申请执行人或者其他执行债权人拒绝接受或者依法不能接受该不动产或者其他财产权抵债的，人民法院应当于第三次拍卖终结之日起七日内发出变卖公告。……”
-- basis: 以物抵债：同规定第十六条第一款（V1）：“拍卖时无人竞买或者竞买人的最高应价低于保留价，到场的申请执行人或者其他执行债权人申请或者同意以该次拍卖所定的保留价接受拍卖财产的，应当将该财产交其抵债。”（申请执行人接受抵债即不再拍卖；拒绝抵债不免除再次拍卖的义务，第二次委托拍卖流拍后的期限自拒绝之日起算。）
-- basis: 例外——和解、暂缓、中止：《中华人民共和国民事诉讼法》第二百四十一条、第二百四十二条、第二百六十七条（V1）；《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十八条（V1）：“……有依法应当暂缓、中止执行等情形的，人民法院应当决定暂缓或者裁定中止拍卖……”。其期间不计入再次拍卖的期限。
-- remedy: 建议法院依法及时再次拍卖（或依法变卖、以物抵债），不得在流拍后长期搁置。
-- needs: v_auction_round（流拍的轮次、拍卖方式、下一轮的公告/开拍日期）；v_events（变卖、以物抵债及其结果、解封）；v_control（处置障碍）；v_stay（和解、中止、暂缓）；v_case_state
-- param: days = 30 | 网络司法拍卖第一次流拍后应再次拍卖的期限（日，网拍规定第二十六条）
-- param: by_announcement = 1 | 1：以再次拍卖的公告日为准（网拍规定未明“再次拍卖”指公告还是开拍，解释待核 U）；0：以开拍日为准
-- param: entrust_days = 60 | 委托拍卖流拍后应再行拍卖的期限（日，拍卖变卖规定第二十三条、第二十五条）
-- param: selloff_days = 7 | 委托拍卖的不动产第三次流拍后应发出变卖公告的期限（日，拍卖变卖规定第二十五条第二款）
-- Which failed round binds the court to act, and by when:
--   网络司法拍卖, first round of a series  → next auction within :days
--   网络司法拍卖, second round and later    → 变卖 optional: no period
--   委托拍卖, first round                  → next auction held within :entrust_days
--   委托拍卖, second round, real property  → third auction within :entrust_days
--                                           (from a refused 以物抵债, if any)
--   委托拍卖, second round, movables       → 抵债 or release: no period
--   委托拍卖, third round, real property   → 变卖 within :selloff_days
-- What ends the duty: the next round (its announcement or start), 变卖,
-- 以物抵债 the creditor accepted, release (解封), a recorded obstacle, the
-- case closed or 终本 before the end (ZB-SEIZED's matter then). A case
-- closed later is still checked: a re-auction that came late, in a case
-- since paid off, was late all the same. Days of
-- 和解, 中止, 暂缓 are added; while one runs the rule waits.
WITH f AS MATERIALIZED (
  SELECT r.case_id, r.item, r.res_id, r.ended, r.mode, coalesce(r.given_round, r.seq) AS n, r.src,
         c.court_name, c.src AS case_src, c.zb_date, c.outstanding_fen,
         CASE WHEN c.is_closed THEN coalesce(c.closing_date, '0000-00-00') END AS closed_on,
         (r.item GLOB '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]*'
          OR r.item LIKE '%车%' OR r.item LIKE '%设备%' OR r.item LIKE '%机器%' OR r.item LIKE '%货物%'
          OR r.item LIKE '%存货%' OR r.item LIKE '%原材料%') AS movable,
         (SELECT x.event_date FROM v_events x WHERE x.case_id = r.case_id AND x.item = r.item AND x.kind = '以物抵债'
          AND x.event_date >= r.ended AND (x.result LIKE '%不同意%' OR x.result LIKE '%拒绝%')
          ORDER BY x.event_date LIMIT 1) AS refused
  FROM screen_scope s
  CROSS JOIN v_auction_round r ON r.case_id = s.case_id
  JOIN v_case_state c ON c.case_id = r.case_id
  WHERE r.outcome = '流拍'
    AND NOT EXISTS (SELECT 1 FROM v_control k WHERE k.case_id = r.case_id AND k.item = r.item AND k.obstacle IS NOT NULL)),
duty AS (
  SELECT f.*,
         CASE WHEN f.mode = '网络司法拍卖' AND f.n = 1 THEN :days
              WHEN f.mode = '委托拍卖' AND (f.n = 1 OR (f.n = 2 AND NOT f.movable)) THEN :entrust_days
              WHEN f.mode = '委托拍卖' AND f.n = 3 AND NOT f.movable THEN :selloff_days END AS days,
         CASE WHEN f.mode = '委托拍卖' AND f.n IN (2, 3) THEN coalesce(f.refused, f.ended) ELSE f.ended END AS anchor,
         CASE WHEN f.mode = '网络司法拍卖' THEN '网拍规定第二十六条：流拍后三十日内再次拍卖'
              WHEN f.n = 1 THEN '拍卖变卖规定第二十三条：六十日内再行拍卖'
              WHEN f.n = 2 THEN '拍卖变卖规定第二十五条第一款：拒绝抵债后六十日内第三次拍卖'
              ELSE '拍卖变卖规定第二十五条第二款：第三次拍卖终结之日起七日内发出变卖公告' END AS law
  FROM f),
step AS (   -- the first act after the failed round that discharges the duty
  SELECT d.case_id, d.item, d.res_id,
         (SELECT w FROM (
            SELECT iif(d.mode = '网络司法拍卖' AND :by_announcement,
                       coalesce(x.announced, x.bid_start, x.ended), coalesce(x.bid_start, x.ended, x.announced))
                   || iif(x.announced IS NOT NULL AND d.mode = '网络司法拍卖' AND :by_announcement, '发布再次拍卖公告', '再次拍卖')
                   || '|' || x.src AS w
            FROM v_auction_round x WHERE x.case_id = d.case_id AND x.item = d.item AND x.res_id IS NOT d.res_id
             AND x.anchor >= d.ended AND (d.n < 3 OR d.mode = '网络司法拍卖')
            UNION ALL
            SELECT e.event_date || iif(e.kind = '以物抵债', '以物抵债（申请执行人接受）', e.kind) || '|' || e.src
            FROM v_events e WHERE e.case_id = d.case_id AND e.item = d.item AND e.event_date >= d.ended
             AND (e.kind IN ('变卖', '解封') OR (e.kind = '以物抵债' AND coalesce(e.result, '') NOT LIKE '%不同意%'
                                                 AND coalesce(e.result, '') NOT LIKE '%拒绝%'))
            ORDER BY 1 LIMIT 1)) AS w
  FROM duty d WHERE d.days IS NOT NULL),
a AS (
  SELECT d.*, substr(s.w, 1, 10) AS step_date, substr(s.w, 11, instr(s.w, '|') - 11) AS step_kind,
         substr(s.w, instr(s.w, '|') + 1) AS step_src, legal_add_days(d.anchor, d.days) AS due0
  FROM duty d JOIN step s ON s.case_id = d.case_id AND s.item = d.item AND s.res_id = d.res_id),
st AS (
  SELECT a.case_id, a.res_id,
         sum(julianday(min(coalesce(t.end_date, :today), :today)) - julianday(max(t.start_date, a.anchor))) AS days,
         max(t.end_date IS NULL OR t.end_date > :today) AS running,
         max(CASE WHEN t.end_date > :today THEN t.end_date END) AS running_to,
         group_concat(t.kind || t.start_date || '至' || coalesce(t.end_date, '今'), '、') AS what,
         group_concat(t.src, ' ') AS src
  FROM a JOIN v_stay t ON t.case_id = a.case_id AND t.start_date <= a.due0
   AND coalesce(t.end_date, '9999-12-31') > a.anchor AND (a.step_date IS NULL OR t.start_date < a.step_date)
  GROUP BY a.case_id, a.res_id),
d AS (
  SELECT a.*, st.running, st.running_to, st.what, st.src AS stay_src, CAST(coalesce(st.days, 0) AS INTEGER) AS paused,
         legal_add_days(a.anchor, a.days + CAST(coalesce(st.days, 0) AS INTEGER)) AS due
  FROM a LEFT JOIN st ON st.case_id = a.case_id AND st.res_id = a.res_id
  WHERE (coalesce(st.running, 0) = 0 OR st.running_to IS NOT NULL)
    AND (a.step_date IS NULL OR a.step_date > a.due0 OR st.days > 0))
SELECT case_id, item || '@' || ended AS hit_key,
       coalesce(running, 0) = 0 AND (step_date > due OR (step_date IS NULL AND :today > due))
         AND (zb_date IS NULL OR zb_date > due) AND (step_date IS NOT NULL OR closed_on IS NULL OR closed_on > due) AS fires,
       CASE WHEN closed_on IS NOT NULL THEN NULL
            WHEN running THEN date(running_to, '+1 day')
            WHEN step_date IS NULL AND :today <= due AND (zb_date IS NULL OR zb_date > due) THEN date(due, '+1 day') END AS wake,
       printf('“%s”第%d次%s于%s流拍%s；%s，自%s起%d日%s届满于%s；%s。%s执行法院%s。',
              item, n, mode, ended, iif(refused IS NULL, '', '，' || refused || '申请执行人拒绝以物抵债'), law,
              anchor, days, iif(paused > 0, '（' || what || '共' || paused || '日不计入）', ''), due,
              iif(step_date IS NULL, iif(mode = '委托拍卖' AND n = 3, '至届满日未发出变卖公告', '至届满日未再次拍卖、变卖或以物抵债'),
                  iif(mode = '委托拍卖' AND n = 3, '至届满日未发出变卖公告', '至届满日未再次拍卖')
                  || '，直到' || step_date || '才' || step_kind),
              iif(closed_on IS NOT NULL, '案件已于' || closed_on || '结案；',
                  iif(outstanding_fen IS NULL, '', '尚未履行' || yuan(outstanding_fen) || '；')), court_name) AS evidence,
       trim(case_src || ' ' || src || coalesce(' ' || step_src, '') || coalesce(' ' || stay_src, '')) AS sources,
       '已核：' || mode || '第' || n || '次流拍' || iif(mode = '委托拍卖' AND movable, '（动产）', '')
       || '；申请执行人未接受以物抵债；未解封；无处置障碍记载；'
       || iif(paused > 0, '和解、中止、暂缓期间已扣除' || paused || '日', '期间内无和解、中止、暂缓') AS checked
FROM d
WHERE step_date IS NULL OR step_date > due
