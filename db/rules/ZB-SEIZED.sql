-- code: ZB-SEIZED
-- title: 已查封、扣押、冻结的财产未处置即终本
-- stage: 终本
-- severity: 高
-- version: 3
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》第二百五十八条（V1）：“财产被查封、扣押后，执行员应当责令被执行人在指定期间履行法律文书确定的义务。被执行人逾期不履行的，人民法院应当拍卖被查封、扣押的财产；不适于拍卖或者当事人双方同意不进行拍卖的，人民法院可以委托有关单位变卖或者自行变卖。……”
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第一条第（三）项（V2，laws/ 无全文，依简报）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”；第四条（V2，条文序号与两项内容见河南省高级人民法院调研文章转引，引导语未见）：“（一）被执行人的财产经法定程序拍卖、变卖未成交，申请执行人不接受抵债或者依法不能交付其抵债，又不能对该财产采取强制管理等其他执行措施的；（二）人民法院在登记机关查封的被执行人车辆、船舶等财产，未能实际扣押的。”
-- basis: 《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十六条第一款（V1）：“对已被人民法院查封、扣押、冻结的财产，其他人民法院可以进行轮候查封、扣押、冻结。查封、扣押、冻结解除的，登记在先的轮候查封、扣押、冻结即自动生效。”第四条（V1）：“对被执行人及其所扶养家属生活所必需的居住房屋，人民法院可以查封，但不得拍卖、变卖或者抵债。”
-- basis: 《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第六条第一款（V1）：“保留价确定后，依据本次拍卖保留价计算，拍卖所得价款在清偿优先债权和强制执行费用后无剩余可能的，应当在实施拍卖前将有关情况通知申请执行人。……”
-- remedy: 建议法院对已查封、扣押、冻结的财产依法评估、拍卖、变卖或划拨，或在卷内说明不能处置的理由；理由不成立的，撤销终本裁定，恢复执行。
-- needs: v_case_state(终本日期 zb_date)；v_control(查封、轮候查封、扣押、冻结、续封、解封、评估、拍卖、流拍、变卖、以物抵债；优先债权、处置障碍)；v_events(以物抵债结果、案款到账)；v_family(执恢关联案件)
-- An item seized in the case and neither released nor disposed of by the
-- 终本 date is a lead unless the law lets the court leave it (v_zb_held,
-- db/schema/038): a 轮候 seizure (the first court disposes), a recorded
-- obstacle (唯一住房, 权属争议, a car the court could not take … 终本规定
-- 第四条), auctions failed and the applicant refused it in payment, claims
-- ahead that leave nothing, or a frozen deposit already transferred. Sold
-- later in a 执恢 case of the same family: remedied, no lead. Until v2 a car
-- registered as seized but never taken was passed over; 第四条第二项 needs
-- the court to have found it could not take it, so now the file must say so.
SELECT h.case_id, h.item AS hit_key,
       printf('%s：%s%s“%s”%s%s，至终本日%s未解除、未拍卖变卖成交、未抵债%s%s%s，卷内亦无不能处置的理由。',
              h.court_name, h.start_date, h.measure, h.item,
              CASE WHEN h.measure = '冻结' AND h.frozen_fen > 0 THEN printf('（冻结金额%s）', yuan(h.frozen_fen))
                   WHEN h.value_fen IS NOT NULL THEN printf('（价值%s%s）', yuan(h.value_fen),
                        iif(h.priority_fen > 0, printf('，其上优先债权%s', yuan(h.priority_fen)), ''))
                   ELSE '' END,
              iif(h.end_date IS NULL, '', printf('，控制期限至%s', h.end_date)),
              h.zb_date, iif(h.measure = '冻结', '、未划拨', ''),
              iif(h.failed > 0, printf('（已流拍%d次，未见申请执行人不接受以物抵债的记录）', h.failed), ''),
              iif(h.measure = '查封' AND NOT EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = h.case_id AND e.item = h.item
                                                     AND e.kind = '扣押' AND e.event_date <= h.zb_date)
                  AND h.item GLOB '*[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]*',
                  '；该车辆仅登记查封、未实际扣押，卷内未载未能扣押的原因（终本规定第四条第二项须有此认定）', '')) AS evidence,
       h.src || ' ' || h.item_src
           || coalesce(' ' || (SELECT group_concat(e.src, ' ') FROM v_events e WHERE e.case_id = h.case_id
                               AND e.kind = '终本' AND e.event_date = h.zb_date), '') AS sources,
       '已核：非仅轮候查封（查封规定第二十六条）；无处置障碍记录（终本规定第四条、查封规定第四条）；'
       || '未经流拍后被申请执行人拒绝抵债；登记查封的车辆未能扣押须有记录；优先债权未吞没其价值（拍卖变卖规定第六条）；'
       || '冻结款未划拨；未在执恢关联案件中处置' AS checked
-- the scope as a filter on the view, not a join: SQLite pushes it into the
-- view (a join made it build the view for every case: 1 s an incremental
-- screen of 2,000 cases at 100,000)
FROM v_zb_held h WHERE h.case_id IN (SELECT case_id FROM screen_scope)
