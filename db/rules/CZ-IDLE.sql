-- code: CZ-IDLE
-- title: 查封后长期不评估、不拍卖
-- stage: 财产处置
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》第二百五十八条（V1）：“财产被查封、扣押后，执行员应当责令被执行人在指定期间履行法律文书确定的义务。被执行人逾期不履行的，人民法院应当拍卖被查封、扣押的财产；不适于拍卖或者当事人双方同意不进行拍卖的，人民法院可以委托有关单位变卖或者自行变卖。……”
-- basis: 《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第一条（V1）：“在执行程序中，被执行人的财产被查封、扣押、冻结后，人民法院应当及时进行拍卖、变卖或者采取其他执行措施。”
-- basis: 例外——轮候查封：《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十六条第一款（V1）：“对已被人民法院查封、扣押、冻结的财产，其他人民法院可以进行轮候查封、扣押、冻结。查封、扣押、冻结解除的，登记在先的轮候查封、扣押、冻结即自动生效。”第二十七条第二款（V1）：“查封、扣押、冻结的财产已经被执行拍卖、变卖或者抵债的，查封、扣押、冻结的效力消灭。”（同一被执行人的另案已处置或正在处置该财产的，本案不再计算。）
-- basis: 例外——不能处置：同规定第四条（V1）：“对被执行人及其所扶养家属生活所必需的居住房屋，人民法院可以查封，但不得拍卖、变卖或者抵债。”《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（三）项（V2）：“……发现的财产不能处置”；其第四条（V2）列举“不能处置”：“（一）被执行人的财产经法定程序拍卖、变卖未成交，申请执行人不接受抵债或者依法不能交付其抵债，又不能对该财产采取强制管理等其他执行措施的；（二）人民法院在登记机关查封的被执行人车辆、船舶等财产，未能实际扣押的。”
-- basis: 例外——和解、暂缓、中止：《中华人民共和国民事诉讼法》第二百四十一条（V1）：“在执行中，双方当事人自行和解达成协议的，执行员应当将协议内容记入笔录，由双方当事人签名或者盖章。申请执行人因受欺诈、胁迫与被执行人达成和解协议，或者当事人不履行和解协议的，人民法院可以根据当事人的申请，恢复对原生效法律文书的执行。”第二百四十二条（V1）：“……人民法院可以决定暂缓执行及暂缓执行的期限。……”第二百六十七条（V1）：“有下列情形之一的，人民法院应当裁定中止执行：……中止的情形消失后，恢复执行。”和解、暂缓、中止期间不计入处置期限。
-- remedy: 建议法院对查封财产及时评估、拍卖或变卖，不得长期查而不处；确有不能处置事由的，应记录入卷并说明。
-- needs: v_events 按 v_control 的定义（查封、扣押及股权冻结：起始日、轮候、解封、处置、处置障碍）；v_events（评估、拍卖公告、拍卖、流拍、变卖、以物抵债）；v_stay（和解、中止、暂缓）；v_case_state（终本日期、未履行金额）
-- param: max_days = 180 | 查封（或评估）后应启动下一处置步骤的期限（日，政策默认：法律只说“及时”，无全国统一天数）
-- The clock runs from the first seizure of the item: by the end of the
-- period the court must have taken the first disposal step (评估, or at
-- once 拍卖公告 / 拍卖 / 变卖 / 以物抵债 where no valuation is needed, 拍卖变卖
-- 规定 第四条). A first step taken after the end is a late step (a lead with
-- its date). Days a 和解, 中止 or 暂缓 stood in the way are added to the
-- period; while one is running the rule waits. After the first step the
-- auction rules take over (CZ-REAUCTION-30D …). A case closed, or an item
-- released, after the end is still checked: the delay had happened (v3;
-- before, only open cases with the item still held were). Another case against the
-- same debtor (the same party) may hold the item too (轮候查封): its steps
-- count, and once it has sold the item this seizure has ended (查封规定
-- 第二十七条第二款). The item rows are v_control's (db/schema/012) with
-- the same definitions, computed for the scope's cases only: SQLite
-- computes the v_control view over every case of the database when a rule
-- joins it (about 2.5 s on the 1,700-case demo even for one case).
WITH v AS MATERIALIZED (   -- v_control's row for each item of the scope (same definitions)
  SELECT e.case_id, e.item,
         min(CASE WHEN e.kind IN ('查封', '扣押', '冻结', '轮候查封') THEN e.event_date END) AS start_date,
         (SELECT x.kind FROM v_events x WHERE x.case_id = e.case_id AND x.item = e.item
          AND x.kind IN ('查封', '扣押', '冻结', '轮候查封') ORDER BY x.event_date, x.id LIMIT 1) AS measure,
         coalesce(max(e.kind IN ('查封', '扣押', '冻结')), 0) = 0 AS waiting,
         max(CASE WHEN e.kind = '解封' THEN e.event_date END) AS released_date,
         min(CASE WHEN (e.kind IN ('拍卖', '变卖') AND e.deal_fen > 0)
                   OR (e.kind = '以物抵债' AND coalesce(e.result, '') NOT LIKE '%不同意%'
                       AND coalesce(e.result, '') NOT LIKE '%拒绝%') THEN e.event_date END) AS disposed_date,
         coalesce((SELECT x.value_fen FROM v_events x WHERE x.case_id = e.case_id AND x.item = e.item
                   AND x.kind = '评估' AND x.value_fen IS NOT NULL ORDER BY x.event_date DESC, x.id DESC LIMIT 1),
                  max(CASE WHEN e.kind IN ('查封', '扣押', '冻结', '轮候查封') THEN e.value_fen END)) AS value_fen,
         max(nullif(e.obstacle, '')) AS obstacle,
         group_concat(e.src, ' ') AS src
  FROM screen_scope s
  CROSS JOIN v_events e ON e.case_id = s.case_id
  WHERE e.item IS NOT NULL AND e.kind IN ('查封', '轮候查封', '扣押', '冻结', '续封', '解封', '评估', '拍卖公告',
        '拍卖', '流拍', '变卖', '以物抵债')
  GROUP BY e.case_id, e.item
  HAVING start_date IS NOT NULL),
k AS MATERIALIZED (
  SELECT c.case_id, c.court_name, c.src AS case_src, c.zb_date, c.outstanding_fen,
         CASE WHEN c.is_closed THEN coalesce(c.closing_date, '0000-00-00') END AS closed_on,
         v.released_date, v.item, v.start_date, v.measure, v.value_fen, v.src AS item_src,
         (SELECT e.event_date || e.kind || iif(e.case_id = v.case_id, '', '（' || o.case_no || '）')
          FROM v_events e JOIN cases o ON o.id = e.case_id
          WHERE e.item = v.item AND e.kind IN ('评估', '拍卖公告', '拍卖', '流拍', '变卖', '以物抵债')
            AND e.event_date >= v.start_date
            AND e.case_id IN (SELECT v.case_id UNION SELECT d2.case_id FROM v_debtor d1
                              JOIN v_debtor d2 ON d2.party_id = d1.party_id WHERE d1.case_id = v.case_id)
          ORDER BY e.event_date, e.id LIMIT 1) AS step
  FROM v
  JOIN v_case_state c ON c.case_id = v.case_id
  WHERE (c.is_closed OR coalesce(c.outstanding_fen, 1) > 0)
    AND NOT v.waiting AND v.obstacle IS NULL
    AND NOT EXISTS (SELECT 1 FROM v_debtor d1 JOIN v_debtor d2 ON d2.party_id = d1.party_id AND d2.case_id <> d1.case_id
                    WHERE d1.case_id = v.case_id
                      AND EXISTS (SELECT 1 FROM v_events w WHERE w.case_id = d2.case_id AND w.item = v.item
                                  AND ((w.kind IN ('拍卖', '变卖') AND w.deal_fen > 0)
                                       OR (w.kind = '以物抵债' AND coalesce(w.result, '') NOT LIKE '%不同意%'
                                           AND coalesce(w.result, '') NOT LIKE '%拒绝%'))))
    AND (v.measure IN ('查封', '扣押')
         OR (v.measure = '冻结' AND (v.item LIKE '%股权%' OR v.item LIKE '%股份%' OR v.item LIKE '%出资%')))),
a AS (
  SELECT k.*, k.start_date AS anchor, substr(k.step, 1, 10) AS step_date, substr(k.step, 11) AS step_kind,
         legal_add_days(k.start_date, :max_days) AS due0 FROM k),
st AS (   -- the stays that touch the period: their days, whether one still runs
  SELECT a.case_id, a.item,
         sum(julianday(min(coalesce(t.end_date, :today), :today)) - julianday(max(t.start_date, a.anchor))) AS days,
         max(t.end_date IS NULL OR t.end_date > :today) AS running,
         max(CASE WHEN t.end_date > :today THEN t.end_date END) AS running_to,
         group_concat(t.kind || t.start_date || '至' || coalesce(t.end_date, '今'), '、') AS what,
         group_concat(t.src, ' ') AS src
  FROM a JOIN v_stay t ON t.case_id = a.case_id AND t.start_date <= a.due0
   AND coalesce(t.end_date, '9999-12-31') > a.anchor
  GROUP BY a.case_id, a.item),
d AS (
  SELECT a.*, st.running, st.running_to, st.what, st.src AS stay_src, CAST(coalesce(st.days, 0) AS INTEGER) AS paused,
         legal_add_days(a.anchor, :max_days + CAST(coalesce(st.days, 0) AS INTEGER)) AS due
  FROM a LEFT JOIN st ON st.case_id = a.case_id AND st.item = a.item
  WHERE coalesce(st.running, 0) = 0 OR st.running_to IS NOT NULL)
SELECT case_id, item AS hit_key,
       coalesce(running, 0) = 0 AND (step_date > due OR (step_date IS NULL
                                         AND min(:today, coalesce(closed_on, '9999'), coalesce(released_date, '9999')) > due))
         AND (zb_date IS NULL OR zb_date > due) AS fires,
       CASE WHEN closed_on IS NOT NULL OR released_date IS NOT NULL THEN NULL
            WHEN running THEN date(running_to, '+1 day')
            WHEN step_date IS NULL AND :today <= due AND (zb_date IS NULL OR zb_date > due) THEN date(due, '+1 day') END AS wake,
       printf('%s%s“%s”%s；自%s之日起%d日%s届满于%s，至届满日未评估，也未发布拍卖公告、拍卖或变卖%s；%s%s执行法院%s。',
              start_date, measure, item, iif(value_fen IS NULL, '', '（价值' || yuan(value_fen) || '）'), measure, :max_days,
              iif(paused > 0, '（' || what || '共' || paused || '日不计入）', ''), due,
              iif(step_date IS NULL, '', '，直到' || step_date || '才' || step_kind),
              coalesce('案件已于' || closed_on || '结案；', iif(outstanding_fen IS NULL, '', '尚未履行' || yuan(outstanding_fen) || '；'))
              || coalesce('该财产于' || released_date || '解封；', ''),
              iif(zb_date IS NULL, '', '该案于' || zb_date || '终本；'), court_name) AS evidence,
       trim(case_src || ' ' || item_src || coalesce(' ' || stay_src, '')) AS sources,
       '已核：非轮候查封（查封规定第二十六条）；未解封；未拍卖、变卖或抵债；无不能处置事由记载（查封规定第四条、终本规定第一条第（三）项）；'
       || iif(paused > 0, '和解、中止、暂缓期间已扣除' || paused || '日', '期间内无和解、中止、暂缓')
       || '；届满时案件未结、财产未解封（此后结案或解封不影响已发生的迟延）' AS checked
FROM d
WHERE step_date IS NULL OR step_date > due
