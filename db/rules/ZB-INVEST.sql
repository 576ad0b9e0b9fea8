-- code: ZB-INVEST
-- title: 终本前未穷尽财产调查（无网络查控或查控过旧、财产线索未核查、审计或悬赏申请未决定）
-- stage: 终本
-- severity: 高
-- version: 4
-- verification: V1
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》第一条（V1）：“执行过程中，申请执行人应当提供被执行人的财产线索；被执行人应当如实报告财产；人民法院应当通过网络执行查控系统进行调查，根据案件需要应当通过其他方式进行调查的，同时采取其他调查方式。”
-- basis: 同规定第二条第一款（V1）：“申请执行人提供被执行人财产线索，应当填写财产调查表。财产线索明确、具体的，人民法院应当在七日内调查核实；情况紧急的，应当在三日内调查核实。财产线索确实的，人民法院应当及时采取相应的执行措施。”第十七条（V1）：“……人民法院应当自收到书面申请之日起十日内决定是否准许。”第二十一条第一款（V1）：“被执行人不履行生效法律文书确定的义务，申请执行人可以向人民法院书面申请发布悬赏公告查找可供执行的财产。……”
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第一条第（三）项（V2，laws/ 无全文，依简报）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”；第三条（条文序号与首句V2；所列调查事项仅第（三）项V2：“无法通过网络执行查控系统查询本款第二项规定的财产情况的，在被执行人住所地或者可能隐匿、转移财产所在地进行必要调查”，其余V3）：核查申请执行人提供的财产线索、网络执行查控、依申请采取审计调查与公告悬赏等。
-- remedy: 建议法院撤销终本裁定，通过网络执行查控系统重新查询被执行人财产，核查申请执行人提供的财产线索，对审计、悬赏申请依法作出决定后再依法处理。
-- needs: v_case_state(终本日期 zb_date)；v_clues、v_clue_answers(财产线索、核查：线索核查或对该财产的现场调查、查控)；v_events(网络查控、审计申请、审计决定、悬赏申请、悬赏决定、终本)
-- param: max_age_months = 3 | 终本前最近一次网络查控距终本的最长月数（政策默认，法无明文）
-- A 不明确 clue need not be verified (第二条 covers 明确、具体 clues; 033
-- says which clues are, and what verifies one); every step counts only on
-- or before the 终本 date.
WITH zb AS (SELECT cs.case_id, cs.court_name, cs.zb_date, cs.src
            FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
            WHERE cs.is_zb AND cs.zb_date IS NOT NULL AND cs.has_events),
-- clues the court did not verify on or after their day and before 终本
clue AS (SELECT e.case_id, e.event_date, coalesce(e.item, '未载明') AS item, e.clarity AS result, e.src,
                row_number() OVER (PARTITION BY e.case_id ORDER BY e.event_date, e.id) AS n
         FROM zb CROSS JOIN v_clues e ON e.case_id = zb.case_id AND e.event_date <= zb.zb_date
         WHERE e.clarity <> '不明确'
           AND NOT EXISTS (SELECT 1 FROM v_clue_answers k WHERE k.clue_id = e.id AND k.event_date <= zb.zb_date)),
x AS (SELECT zb.*, clue.event_date AS clue, clue.item AS clue_item, clue.result AS clue_result, clue.src AS clue_src,
             (SELECT max(e.event_date) FROM v_events e WHERE e.case_id = zb.case_id AND e.kind = '网络查控'
              AND e.event_date <= zb.zb_date) AS last,
             (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = zb.case_id AND e.kind = '审计申请'
              AND e.event_date <= zb.zb_date
              AND NOT EXISTS (SELECT 1 FROM v_events k WHERE k.case_id = zb.case_id AND k.kind = '审计决定'
                              AND k.event_date >= e.event_date AND k.event_date <= zb.zb_date)) AS audit,
             (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = zb.case_id AND e.kind = '悬赏申请'
              AND e.event_date <= zb.zb_date
              AND NOT EXISTS (SELECT 1 FROM v_events k WHERE k.case_id = zb.case_id AND k.kind = '悬赏决定'
                              AND k.event_date >= e.event_date AND k.event_date <= zb.zb_date)) AS reward
      FROM zb LEFT JOIN clue ON clue.case_id = zb.case_id AND clue.n = 1),
y AS (SELECT *, legal_add_months(last, :max_age_months) AS stale FROM x)
SELECT case_id, '' AS hit_key,
       printf('%s：终本日期%s；%s。', court_name, zb_date, substr(
              iif(last IS NULL, '；终本前无任何网络执行查控记录（财产调查规定第一条）', '')
              || iif(last IS NOT NULL AND zb_date > stale,
                     printf('；终本前最近一次网络执行查控在%s，+%d个月=%s，终本时已逾此期限未重新查询', last, :max_age_months, stale), '')
              || iif(clue IS NULL, '', printf('；申请执行人于%s提供财产线索“%s”（%s），至终本未见核查（财产调查规定第二条：七日内、紧急三日内调查核实）',
                                               clue, clue_item, clue_result))
              || iif(audit IS NULL, '', printf('；申请执行人于%s申请审计，至终本未见准许与否的决定（财产调查规定第十七条：十日内决定）', audit))
              || iif(reward IS NULL, '', printf('；申请执行人于%s申请悬赏公告，至终本未见决定（财产调查规定第二十一条）', reward)), 2)) AS evidence,
       src || coalesce(' ' || clue_src, '')
           || coalesce(' ' || (SELECT group_concat(e.src, ' ') FROM v_events e WHERE e.case_id = y.case_id
                               AND ((e.kind = '终本' AND e.event_date = y.zb_date)
                                    OR (e.kind = '网络查控' AND e.event_date = y.last)
                                    OR (e.kind = '审计申请' AND e.event_date = y.audit)
                                    OR (e.kind = '悬赏申请' AND e.event_date = y.reward))), '') AS sources,
       '已核：各项调查以终本日及以前的记录为准；不明确的线索（标明不明确或所述含“可能”“据说”等）不要求核查' || '；本案有执行措施数据（只有台账、没有执行措施数据的案件不据“未见某措施”判断）' AS checked
FROM y
WHERE last IS NULL OR zb_date > stale OR clue IS NOT NULL OR audit IS NOT NULL OR reward IS NOT NULL
