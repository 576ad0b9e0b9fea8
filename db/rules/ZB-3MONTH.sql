-- code: ZB-3MONTH
-- title: 立案未满三个月即终本
-- stage: 终本
-- severity: 高
-- version: 3
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第一条第（四）项（V2，laws/ 无全文，依简报）：“自执行案件立案之日起已超过三个月”。
-- basis: 《中华人民共和国民法典》第二百零一条第一款（V1）：“按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。”第二百零二条（V1）：“按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。”
-- remedy: 建议法院撤销终结本次执行程序裁定，恢复执行，继续采取执行措施。
-- needs: v_case_state(立案日期、终本日期 zb_date)；v_events(终本)
-- param: min_months = 3 | 立案至终本须“已超过”的月数（终本规定第一条第（四）项，法定）
-- "已超过三个月" = the 终本 date lies after the period's last day: 立案日 + 3
-- months (the corresponding day, or the month's last day). Not rolled past
-- rest days: the roll (第八十五条, 第二百零三条) gives a person who must act
-- by a period's end the next workday; three months is a wait before the
-- court may close, nothing falls due on its last day, and rolling it would
-- make a 终本 on the Monday after a Sunday end unlawful (v3; two
-- independent readings of the brief agreed). No exception: an applicant
-- asking for an early 终本 does not lift it.
SELECT case_id, '' AS hit_key,
       printf('%s：立案日期%s，终本日期%s；立案日期+%d个月=%s，终本日不在期间届满日之后，未“超过%d个月”即裁定终结本次执行程序。',
              court_name, filing_date, zb_date, :min_months, due, :min_months) AS evidence,
       src || coalesce(' ' || (SELECT group_concat(e.src, ' ') FROM v_events e
                               WHERE e.case_id = x.case_id AND e.kind = '终本' AND e.event_date = x.zb_date), '') AS sources,
       '已核：终本日期取终本裁定日期（无则台账结案日期）；期间按民法典第二百零一、二百零二条计算（开始当日不计，无对应日取月末日）；系终本前须经过的期间，末日遇休息日不顺延' AS checked
FROM (SELECT cs.case_id, cs.court_name, cs.filing_date, cs.zb_date, cs.src,
             add_months_raw(cs.filing_date, :min_months) AS due
      FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
      WHERE cs.is_zb AND cs.zb_date IS NOT NULL AND cs.filing_date IS NOT NULL) AS x
WHERE zb_date <= due
