-- code: CZ-FUTILE
-- title: 无益拍卖：保留价不足以清偿优先债权和执行费用而未通知申请执行人
-- stage: 财产处置
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第六条（V1）：“保留价确定后，依据本次拍卖保留价计算，拍卖所得价款在清偿优先债权和强制执行费用后无剩余可能的，应当在实施拍卖前将有关情况通知申请执行人。申请执行人于收到通知后五日内申请继续拍卖的，人民法院应当准许，但应当重新确定保留价；重新确定的保留价应当大于该优先债权及强制执行费用的总额。依照前款规定流拍的，拍卖费用由申请执行人负担。”
-- basis: 网络司法拍卖同样适用：《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第十条第一款（V1）：“网络司法拍卖应当确定保留价，拍卖保留价即为起拍价。”第三十七条第三款（V1）：“本规定对网络司法拍卖行为没有规定的，适用其他有关司法拍卖的规定。”
-- basis: 申请执行人接受抵债的除外：《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第十六条第一款（V1）：“拍卖时无人竞买或者竞买人的最高应价低于保留价，到场的申请执行人或者其他执行债权人申请或者同意以该次拍卖所定的保留价接受拍卖财产的，应当将该财产交其抵债。”
-- remedy: 建议法院在实施拍卖前将无剩余可能的情况通知申请执行人，由其决定是否申请继续拍卖；继续拍卖的，依法重新确定高于优先债权及强制执行费用总额的保留价。
-- needs: v_auction_round（起拍价/保留价、公告日）；v_control（优先债权：查封、拍卖公告等行的优先债权列）；v_events（拍卖通知：结果或备注载明“无剩余”“无益”“优先债权”即为第六条的通知；以物抵债）
-- param: fee_ratio = 0 | 申请执行费之外的强制执行费用（评估、拍卖辅助等）按保留价的比例估计（政策默认 0：数据不载实际费用，只计法定的申请执行费，所报线索必无剩余）
-- basis: 申请执行费：《诉讼费用交纳办法》（国务院令第481号）第十四条第（一）项（U，laws/ 无全文，依公开文本）：执行金额或者价额不超过1万元的，每件交纳50元；超过1万元至50万元的部分，按照1.5%交纳；超过50万元至500万元的部分，按照1%交纳；超过500万元至1000万元的部分，按照0.5%交纳；超过1000万元的部分，按照0.1%交纳。
-- The notice 第六条 asks for is a 拍卖通知 whose 结果/备注 says there is
-- nothing left for the applicant (无剩余, 无益, 优先债权 …), dated before
-- the round is announced (or held, when no announcement is recorded). After
-- such a notice the applicant's application to go on (five days) is not in
-- the data: the rule then stays silent — unless the notice itself records
-- that the applicant applied to go on (申请继续拍卖): then 第六条 asks for
-- a new 保留价 above the claims ahead plus the costs, and a round at or
-- below them is a lead (v3). One lead per item: its first round
-- whose 保留价 does not exceed the claims ahead plus the costs: the
-- 申请执行费 the law fixes for the amount to enforce (exec_fee), plus
-- fee_ratio of the 保留价 for the costs the data do not carry (v2; v1
-- guessed 2 % of the 保留价 and flagged reserves with room to spare).
WITH r AS MATERIALIZED (
  SELECT x.case_id, x.item, x.anchor, x.announced, x.ended, x.mode, x.price_fen, coalesce(x.given_round, x.seq) AS n,
         x.src, k.src AS item_src, k.priority_fen, coalesce(exec_fee(c.claim_fen), 5000) AS law_fee_fen, c.claim_fen,
         coalesce(exec_fee(c.claim_fen), 5000) + CAST(round(:fee_ratio * x.price_fen) AS INTEGER) AS fee_fen,
         c.court_name, c.src AS case_src,
         EXISTS (SELECT 1 FROM v_events t WHERE t.case_id = x.case_id AND t.kind = '拍卖通知'
                 AND (t.item = x.item OR t.item IS NULL) AND t.event_date <= x.anchor
                 AND (coalesce(t.result, '') || coalesce(t.note, '')) LIKE '%申请继续拍卖%') AS went_on,
         row_number() OVER (PARTITION BY x.case_id, x.item ORDER BY x.anchor) AS k
  FROM screen_scope s
  CROSS JOIN v_auction_round x ON x.case_id = s.case_id
  JOIN v_control k ON k.case_id = x.case_id AND k.item = x.item
  JOIN v_case_state c ON c.case_id = x.case_id
  WHERE x.price_fen > 0 AND k.priority_fen > 0 AND x.anchor >= '2005-01-01'
    AND x.price_fen <= k.priority_fen + coalesce(exec_fee(c.claim_fen), 5000) + round(:fee_ratio * x.price_fen)
    AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(t.result, '') || coalesce(t.note, '') AS w FROM v_events t
                                   WHERE t.case_id = x.case_id AND t.kind = '拍卖通知'
                                     AND (t.item = x.item OR t.item IS NULL) AND t.event_date <= x.anchor) t
                    WHERE (t.w LIKE '%无剩余%' OR t.w LIKE '%无益%' OR t.w LIKE '%优先债权%')
                      AND NOT (t.w LIKE '%申请继续拍卖%' AND t.w NOT LIKE '%未申请继续%' AND t.w NOT LIKE '%不申请继续%'))
    AND NOT EXISTS (SELECT 1 FROM v_events o WHERE o.case_id = x.case_id AND o.item = x.item AND o.kind = '以物抵债'
                    AND coalesce(o.result, '') NOT LIKE '%不同意%' AND coalesce(o.result, '') NOT LIKE '%拒绝%'))
SELECT case_id, item || '@' || anchor AS hit_key,
       printf('“%s”第%d次%s（%s）%s%s；优先债权%s，申请执行费%s（诉讼费用交纳办法第十四条，执行标的%s）%s，合计%s，不低于保留价：拍卖所得价款清偿优先债权和执行费用后无剩余可能；%s。执行法院%s。',
              item, n, mode, coalesce(announced || '公告', ended || '拍卖'), iif(mode = '委托拍卖', '保留价', '起拍价（保留价）'),
              yuan(price_fen), yuan(priority_fen), yuan(law_fee_fen), coalesce(yuan(claim_fen), '未载，按最低50元'),
              iif(:fee_ratio > 0, printf('，其他执行费用按保留价的%s估计%s', rtrim(rtrim(printf('%.2f', :fee_ratio * 100), '0'), '.') || '%',
                                         yuan(fee_fen - law_fee_fen)), ''),
              yuan(priority_fen + fee_fen),
              iif(went_on, '申请执行人虽经通知后申请继续拍卖，但重新确定的保留价未大于优先债权及强制执行费用的总额（拍卖变卖规定第六条）',
                  '实施拍卖前未见将此情况通知申请执行人的记录（拍卖变卖规定第六条）'), court_name) AS evidence,
       case_src || ' ' || item_src AS sources,
       '已核：' || coalesce(announced, ended) || iif(went_on, '前的通知载明申请执行人申请继续拍卖，保留价未重新确定至优先债权及执行费用之上', '前无载明无剩余可能的拍卖通知') || '；申请执行人未接受以物抵债' AS checked
FROM r WHERE k = 1
