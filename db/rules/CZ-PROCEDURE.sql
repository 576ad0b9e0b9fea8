-- code: CZ-PROCEDURE
-- title: 司法拍卖程序瑕疵（拍卖方式、公告期、通知当事人、保证金、平台）
-- stage: 财产处置
-- severity: 中
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二条（V1）：“人民法院以拍卖方式处置财产的，应当采取网络司法拍卖方式，但法律、行政法规和司法解释规定必须通过其他途径处置，或者不宜采用网络拍卖方式处置的除外。”第三十八条（V1）：“本规定自2017年1月1日起施行。……”
-- basis: 公告期：同规定第十二条第一款（V1）：“网络司法拍卖应当先期公告，拍卖公告除通过法定途径发布外，还应同时在网络司法拍卖平台发布。拍卖动产的，应当在拍卖十五日前公告；拍卖不动产或者其他财产权的，应当在拍卖三十日前公告。”第二十六条第一款（V1）：“……流拍后应当在三十日内在同一网络司法拍卖平台再次拍卖，拍卖动产的应当在拍卖七日前公告；拍卖不动产或者其他财产权的应当在拍卖十五日前公告。……”委托拍卖：《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第八条（V1）：“拍卖应当先期公告。拍卖动产的，应当在拍卖七日前公告；拍卖不动产或者其他财产权的，应当在拍卖十五日前公告。”
-- basis: 通知当事人：《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第十六条第一款（V1）：“网络司法拍卖的事项应当在拍卖公告发布三日前以书面或者其他能够确认收悉的合理方式，通知当事人、已知优先购买权人。权利人书面明确放弃权利的，可以不通知。无法通知的，应当在网络司法拍卖平台公示并说明无法通知的理由，公示满五日视为已经通知。”委托拍卖：《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第十一条第一款（V1）：“人民法院应当在拍卖五日前以书面或者其他能够确认收悉的适当方式，通知当事人和已知的担保物权人、优先购买权人或者其他优先权人于拍卖日到场。”
-- basis: 保证金：《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第十七条第一款（V1）：“保证金数额由人民法院在起拍价的百分之五至百分之二十范围内确定。”委托拍卖：《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第十条第一款（V1）：“……保证金的数额由人民法院确定，但不得低于评估价或者市价的百分之五。”
-- remedy: 建议法院纠正拍卖程序中的违法情形（依法采用网络司法拍卖、保证公告期、提前通知当事人和优先购买权人、依法确定保证金、在同一平台再次拍卖），损害当事人利益的依法审查处理。
-- needs: v_auction_round（拍卖公告：公告日、开拍日（到期日）、保证金（金额）、起拍价、轮次、平台）；v_events（拍卖通知：日期、结果 无法通知/放弃）
-- param: deposit_min = 0.05 | 保证金下限（起拍价的比例，网拍规定第十七条；委托拍卖按评估价，拍卖变卖规定第十条）
-- param: deposit_max = 0.2 | 网络司法拍卖保证金上限（起拍价的比例，网拍规定第十七条）
-- Notice periods must run before the auction starts: counted in calendar
-- days (add_days_raw) without the 第八十五条 roll, which protects the one
-- who must act by a last day — a Saturday auction after thirty full days of
-- notice is lawful. Sub-checks, one lead each:
--   mode     a 委托拍卖 held from 2017-01-01 (网拍规定 in force) whose rows
--            name no reason it could not be held online (不宜网拍 …)
--   公告期    announcement to start of bidding shorter than the law's days
--   通知      no 拍卖通知 before a series' first announcement, or one later
--            than 3 days before it (委托: 5 days before the auction);
--            无法通知 counts from its 公示 plus five days, 放弃 is no notice due;
--            "no notice" only where the court's data record notices at all
--            (a 拍卖通知 row in any of its cases): an export without them
--            says nothing about whether parties were notified
--   保证金    网拍 outside 5%–20% of the 起拍价; 委托 below 5% of the valuation
--   平台      an online re-auction on another platform than the round before
-- 竞价时间 (≥ 24 hours, 第二十条) is not checked: the data carry dates only.
WITH noting AS MATERIALIZED (   -- courts whose data record 拍卖通知
  SELECT DISTINCT c.court_code FROM events t JOIN cases c ON c.id = t.case_id WHERE t.kind = '拍卖通知'),
r AS MATERIALIZED (
  SELECT x.*, coalesce(x.given_round, x.seq) AS n, c.court_name, c.src AS case_src,
         c.court_code IN (SELECT court_code FROM noting) AS court_notes,
         (x.item GLOB '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]*'
          OR x.item LIKE '%车%' OR x.item LIKE '%设备%' OR x.item LIKE '%机器%' OR x.item LIKE '%货物%'
          OR x.item LIKE '%存货%' OR x.item LIKE '%原材料%') AS movable,
         (SELECT group_concat(coalesce(e.note, '') || coalesce(e.result, ''), '') FROM v_events e
          WHERE e.id IN (x.ann_id, x.res_id) AND e.case_id = x.case_id) AS remark
  FROM screen_scope s
  CROSS JOIN v_auction_round x ON x.case_id = s.case_id
  JOIN v_case_state c ON c.case_id = x.case_id),
p AS (   -- the announcement period the law wants, per round
  SELECT r.*, CASE WHEN r.mode = '委托拍卖' THEN iif(r.movable, 7, 15)
                   WHEN r.n = 1 THEN iif(r.movable, 15, 30) ELSE iif(r.movable, 7, 15) END AS ann_days,
         CASE WHEN r.mode = '委托拍卖' THEN '拍卖变卖规定第八条' WHEN r.n = 1 THEN '网拍规定第十二条'
              ELSE '网拍规定第二十六条' END AS ann_law,
         (SELECT t.event_date || '|' || coalesce(t.result, '') || '|' || t.src FROM v_events t
          WHERE t.case_id = r.case_id AND t.kind = '拍卖通知' AND (t.item = r.item OR t.item IS NULL)
            AND t.event_date <= coalesce(r.announced, r.bid_start, r.ended)
            AND t.event_date > coalesce((SELECT max(q.ended) FROM v_auction_round q WHERE q.case_id = r.case_id
                                         AND q.item = r.item AND q.ended < coalesce(r.announced, r.anchor)), '')
          ORDER BY t.event_date DESC LIMIT 1) AS notice
  FROM r),
n AS (
  SELECT p.*, substr(p.notice, 1, 10) AS notice_date,
         substr(p.notice, 12, instr(substr(p.notice, 12), '|') - 1) AS notice_result,
         substr(substr(p.notice, 12), instr(substr(p.notice, 12), '|') + 1) AS notice_src
  FROM p),
hits AS (
  SELECT case_id, item || '@' || anchor || '#方式' AS hit_key,
         printf('“%s”于%s以委托拍卖方式拍卖（%s），未采用网络司法拍卖，数据未载明法定例外（网拍规定第二条）。执行法院%s。',
                item, coalesce(announced || '公告', ended), platform, court_name) AS evidence,
         case_src || ' ' || src AS sources,
         '已核：拍卖日期在网拍规定施行（2017-01-01）之后；公告、拍卖记录未载“不宜网络拍卖”等例外' AS checked
  FROM n WHERE mode = '委托拍卖' AND coalesce(announced, ended) >= '2017-01-01'
    AND coalesce(remark, '') NOT LIKE '%不宜%' AND coalesce(remark, '') NOT LIKE '%其他途径%'
  UNION ALL
  SELECT case_id, item || '@' || anchor || '#公告期',
         printf('“%s”第%d次%s：%s公告，%s开始竞价，公告期不足%d日（%s：拍卖%s应在拍卖%d日前公告；%s + %d日 = %s）。执行法院%s。',
                item, n, mode, announced, bid_start, ann_days, ann_law, iif(movable, '动产', '不动产或其他财产权'), ann_days,
                announced, ann_days, add_days_raw(announced, ann_days), court_name),
         case_src || ' ' || src,
         '已核：' || iif(movable, '动产', '不动产或其他财产权') || '；' || iif(mode = '委托拍卖', '委托拍卖', iif(n = 1, '首次拍卖', '再次拍卖'))
  FROM n WHERE announced IS NOT NULL AND bid_start IS NOT NULL AND bid_start < add_days_raw(announced, ann_days)
  UNION ALL
  SELECT case_id, item || '@' || anchor || '#通知',
         CASE WHEN notice_date IS NULL THEN
           printf('“%s”第%d次%s于%s公告，此前未见通知当事人、已知优先购买权人的记录（%s）。执行法院%s。',
                  item, n, mode, announced,
                  iif(mode = '委托拍卖', '拍卖变卖规定第十一条：拍卖五日前通知', '网拍规定第十六条：公告发布三日前通知'), court_name)
         ELSE
           printf('“%s”第%d次%s：%s通知当事人%s，%s，通知应不晚于%s（%s）。执行法院%s。',
                  item, n, mode, notice_date, iif(notice_result LIKE '%无法通知%', '（无法通知，平台公示满五日视为通知）', ''),
                  iif(mode = '委托拍卖', bid_start || '开始拍卖', announced || '发布拍卖公告'),
                  add_days_raw(iif(mode = '委托拍卖', bid_start, announced),
                               -iif(mode = '委托拍卖', 5, 3) - iif(notice_result LIKE '%无法通知%', 5, 0)),
                  iif(mode = '委托拍卖', '拍卖变卖规定第十一条：拍卖五日前通知', '网拍规定第十六条：公告发布三日前通知'),
                  court_name) END,
         trim(case_src || ' ' || src || coalesce(' ' || notice_src, '')),
         '已核：' || iif(notice_date IS NULL, '本轮公告前无拍卖通知记录（本院数据载有其他案件的拍卖通知）', '拍卖通知' || notice_date)
         || '；无权利人书面放弃记载'
  FROM n
  WHERE announced IS NOT NULL AND coalesce(notice_result, '') NOT LIKE '%放弃%'
    AND ((notice_date IS NULL AND seq = 1 AND court_notes)
         OR (notice_date IS NOT NULL AND mode = '网络司法拍卖'
             AND add_days_raw(notice_date, iif(notice_result LIKE '%无法通知%', 5, 0) + 3) > announced)
         OR (notice_date IS NOT NULL AND mode = '委托拍卖' AND bid_start IS NOT NULL
             AND add_days_raw(notice_date, iif(notice_result LIKE '%无法通知%', 5, 0) + 5) > bid_start))
  UNION ALL
  SELECT case_id, item || '@' || anchor || '#保证金',
         printf('“%s”第%d次%s：保证金%s，%s%s，为其%.2f%%，%s（%s）。执行法院%s。',
                item, n, mode, yuan(deposit_fen), iif(mode = '委托拍卖', '评估价', '起拍价'),
                yuan(iif(mode = '委托拍卖', value_fen, price_fen)),
                100.0 * deposit_fen / iif(mode = '委托拍卖', value_fen, price_fen),
                iif(mode = '委托拍卖', printf('低于%d%%', CAST(round(:deposit_min * 100) AS INTEGER)),
                    printf('不在%d%%至%d%%之间', CAST(round(:deposit_min * 100) AS INTEGER), CAST(round(:deposit_max * 100) AS INTEGER))),
                iif(mode = '委托拍卖', '拍卖变卖规定第十条', '网拍规定第十七条'), court_name),
         case_src || ' ' || src,
         '已核：保证金据拍卖公告' || announced
  FROM n WHERE deposit_fen > 0 AND announced IS NOT NULL
    AND ((mode = '网络司法拍卖' AND price_fen > 0
          AND (deposit_fen < round(:deposit_min * price_fen) OR deposit_fen > round(:deposit_max * price_fen)))
      OR (mode = '委托拍卖' AND value_fen > 0 AND deposit_fen < round(:deposit_min * value_fen)))
  UNION ALL
  SELECT n.case_id, n.item || '@' || n.anchor || '#平台',
         printf('“%s”第%d次网络司法拍卖（%s）改在“%s”进行，前次（%s）在“%s”（网拍规定第二十六条：流拍后在同一网络司法拍卖平台再次拍卖）。执行法院%s。',
                n.item, n.n, coalesce(n.announced || '公告', n.ended), n.platform, coalesce(q.ended, q.anchor), q.platform, n.court_name),
         n.case_src || ' ' || q.src || ' ' || n.src,
         '已核：两轮均为网络司法拍卖且均载明平台'
  FROM n JOIN v_auction_round q ON q.case_id = n.case_id AND q.item = n.item AND q.seq = n.seq - 1
   AND q.valued_date IS n.valued_date AND q.outcome = '流拍'
  WHERE n.seq >= 2 AND n.mode = '网络司法拍卖' AND q.mode = '网络司法拍卖'
    AND n.platform IS NOT NULL AND q.platform IS NOT NULL AND n.platform <> q.platform)
SELECT case_id, hit_key, evidence, sources, checked FROM hits
