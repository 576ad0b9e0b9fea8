-- code: ZB-HEARING
-- title: 终本前未告知申请执行人并听取意见，或未经申请执行人签字确认、合议庭审查并院长批准
-- stage: 终本
-- severity: 中
-- version: 5
-- verification: V3
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第一款（V1）：“经过财产调查未发现可供执行的财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准后，可以裁定终结本次执行程序。”
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第五条（条文序号待核，内容V3，laws/ 无全文）：“终结本次执行程序前，人民法院应当将案件执行情况、采取的财产调查措施、被执行人的财产情况、终结本次执行程序的依据及法律后果等信息告知申请执行人，并听取其对终结本次执行程序的意见。”
-- remedy: 建议法院补正告知申请执行人、听取意见的程序并记录入卷；终本既无申请执行人签字确认、又未经合议庭审查并院长批准的，建议撤销终本裁定，依法重新审查。
-- needs: v_case_state(终本日期 zb_date)；v_noted_events(终本前告知申请人、申请执行人确认终本、合议庭评议、院长批准各行，以及告知行、终本行备注中的“申请执行人签字确认”“经合议庭审查、院长批准”等记载；含经确认的扫描文书)
-- Two requirements, each checked on or before the 终本 date: the applicant
-- was told and heard (终本规定 第五条); and the 终本 was approved either by
-- the applicant's signature or by a 合议庭 and the 院长 (解释 第五百一十七条:
-- a panel without the president's approval, or the reverse, is not enough).
-- A step counts from its own event row or from the remark of the 告知 or
-- 终本 row that records it without a word of refusal (db/schema/031, 032).
SELECT case_id, '' AS hit_key,
       printf('%s：终本日期%s；%s。', court_name, zb_date,
              substr(iif(told IS NULL, '；至终本日卷内无告知申请执行人执行情况并听取其意见的记录（终本规定第五条）'
                                       || iif(told_late IS NULL, '', printf('，仅见终本后%s的告知', told_late)), '')
                     || iif(signed IS NULL AND (panel IS NULL OR president IS NULL),
                            '；终本既无申请执行人签字确认，也' ||
                            CASE WHEN panel IS NULL AND president IS NULL THEN '无合议庭审查核实及院长批准的记录'
                                 WHEN panel IS NULL THEN printf('无合议庭审查核实的记录（仅见%s院长批准）', president)
                                 ELSE printf('无院长批准的记录（仅见%s合议庭评议）', panel) END
                            || iif(signed_late IS NULL, '', printf('，终本后%s始有申请执行人签字确认', signed_late))
                            || iif(president_late IS NULL, '', printf('，终本后%s始有院长批准', president_late))
                            || '（民诉法解释第五百一十七条）', ''), 2)) AS evidence,
       src || coalesce(' ' || (SELECT group_concat(e.src, ' ') FROM v_events e WHERE e.case_id = x.case_id
                               AND e.kind IN ('终本', '终本前告知申请人', '申请执行人确认终本', '合议庭评议', '院长批准')),
                        '') AS sources,
       '已核：告知、签字确认、合议庭评议、院长批准均以终本日及以前的记录为准（含经确认的扫描文书）'
       || iif(told IS NOT NULL, printf('；%s已告知申请执行人', told), '')
       || iif(signed IS NOT NULL, printf('；%s申请执行人签字确认', signed), '')
       || iif(panel IS NOT NULL AND president IS NOT NULL, printf('；%s合议庭评议、%s院长批准', panel, president), '') || '；本案有执行措施数据（只有台账、没有执行措施数据的案件不据“未见某措施”判断）' AS checked
FROM (SELECT cs.case_id, cs.court_name, cs.zb_date, cs.src,
             (SELECT max(st.event_date) FROM v_noted_events st WHERE st.case_id = cs.case_id AND st.kind = '终本前告知申请人'
              AND st.event_date <= cs.zb_date) AS told,
             (SELECT max(st.event_date) FROM v_noted_events st WHERE st.case_id = cs.case_id AND st.kind = '申请执行人确认终本'
              AND st.event_date <= cs.zb_date) AS signed,
             (SELECT max(st.event_date) FROM v_noted_events st WHERE st.case_id = cs.case_id AND st.kind = '合议庭评议'
              AND st.event_date <= cs.zb_date) AS panel,
             (SELECT max(st.event_date) FROM v_noted_events st WHERE st.case_id = cs.case_id AND st.kind = '院长批准'
              AND st.event_date <= cs.zb_date) AS president,
             (SELECT min(st.event_date) FROM v_noted_events st WHERE st.case_id = cs.case_id AND st.kind = '终本前告知申请人'
              AND st.event_date > cs.zb_date) AS told_late,
             (SELECT min(st.event_date) FROM v_noted_events st WHERE st.case_id = cs.case_id AND st.kind = '申请执行人确认终本'
              AND st.event_date > cs.zb_date) AS signed_late,
             (SELECT min(st.event_date) FROM v_noted_events st WHERE st.case_id = cs.case_id AND st.kind = '院长批准'
              AND st.event_date > cs.zb_date) AS president_late
      FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
      WHERE cs.is_zb AND cs.zb_date IS NOT NULL AND cs.has_events) AS x
WHERE told IS NULL OR (signed IS NULL AND (panel IS NULL OR president IS NULL))
