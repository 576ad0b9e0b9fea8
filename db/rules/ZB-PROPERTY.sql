-- code: ZB-PROPERTY
-- title: 带财终本：终本时被执行人有可供执行的财产（登记在其名下未查控，或已查控未处置）
-- stage: 终本
-- severity: 高
-- version: 4
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第一条第（三）项（V2，laws/ 无全文，依简报）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”；第四条（V2，条文序号与两项内容见河南省高级人民法院调研文章转引，引导语未见）：“（一）被执行人的财产经法定程序拍卖、变卖未成交，申请执行人不接受抵债或者依法不能交付其抵债，又不能对该财产采取强制管理等其他执行措施的；（二）人民法院在登记机关查封的被执行人车辆、船舶等财产，未能实际扣押的。”
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第一款（V1）：“经过财产调查未发现可供执行的财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准后，可以裁定终结本次执行程序。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十三条第一款（V1）：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询被执行人的存款、债券、股票、基金份额等财产情况。人民法院有权根据不同情形扣押、冻结、划拨、变价被执行人的财产。……”
-- remedy: 建议法院核查该登记财产，撤销终本裁定并恢复执行，依法查封、处置；确属不能处置的，在卷内说明理由。
-- needs: registry_records(不动产、车辆、公积金、股权、存款；仅经 party_id 关联，match=name 为弱关联)；v_debtor(证件号)；v_case_state(终本日期 zb_date)；v_control、v_family(本案及执恢关联案件的查控、处置、障碍)；v_zb_held(本案查控未处置的财产)
-- param: min_value_yuan = 1000 | 登记价值低于此数（元）的财产不计（价值未知的计入；政策默认）
-- Property the debtor still had on the 终本 date, in two kinds:
-- (a) on the register and never dealt with. Not a lead: a record whose ID
--     number differs from the debtor's (another person of the same name);
--     property controlled in this case (kind b); property a case of the same
--     执恢 family sold, holds under seizure, or recorded as impossible to
--     dispose of (第四条).
-- (b) controlled in this case and still held, undisposed, with no reason
--     the law accepts (v_zb_held, the same list ZB-SEIZED reads): the
--     legal brief's 带财终本 — controlled property not disposed of.
-- A 标的物 names the register's item when it holds its 坐落, plate or
-- number (item_is: 「房产 绍兴市…」 is the register's 「绍兴市…」), v4.
-- Until v2 the rule read only (a); a case that seized a flat and closed
-- without selling it had property at 终本 as surely as one that never
-- looked.
WITH zb AS (SELECT cs.case_id, cs.court_name, cs.zb_date, cs.src
            FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
            WHERE cs.is_zb AND cs.zb_date IS NOT NULL),
held AS (SELECT zb.*, d.name AS debtor, d.id_no, r.id AS reg_id, r.kind, r.match, r.reg_no,
                coalesce(r.item, r.reg_no, '') AS what, r.value_fen, r.start_date, r.end_date
         FROM zb
         CROSS JOIN v_debtor d ON d.case_id = zb.case_id
         -- CROSS JOIN keeps the order case → debtor → registry (one index probe per debtor)
         CROSS JOIN registry_records r ON r.party_id = d.party_id
         WHERE r.kind IN ('不动产', '车辆', '公积金', '股权', '存款')
           AND (r.start_date IS NULL OR r.start_date <= zb.zb_date)
           AND (r.end_date IS NULL OR r.end_date > zb.zb_date)
           AND coalesce(r.value_fen, :min_value_yuan * 100) >= :min_value_yuan * 100
           -- an ID conflict always wins over a name
           AND NOT (coalesce(r.holder_id, '') <> '' AND coalesce(d.id_no, '') <> ''
                    AND upper(r.holder_id) <> upper(d.id_no)))
SELECT case_id, kind || ':' || coalesce(reg_no, what) AS hit_key,
       printf('%s：终本日期%s；被执行人%s名下登记有%s“%s”%s（登记日%s，%s），终本时仍在其名下，卷内未见对其查封、扣押、冻结或说明不能处置的理由；%s。',
              court_name, zb_date, debtor, kind, what,
              iif(value_fen IS NULL, '', '，价值约' || yuan(value_fen)),
              coalesce(start_date, '不详'), iif(end_date IS NULL, '未见转出', end_date || '转出'),
              iif(match = 'id', printf('登记证件号与被执行人证件号%s一致', coalesce(id_no, '')),
                  '仅姓名匹配（登记未载证件号），须核实是否同一人')) AS evidence,
       src || ' registry:' || reg_id
           || coalesce(' ' || (SELECT group_concat(e.src, ' ') FROM v_events e WHERE e.case_id = held.case_id
                               AND e.kind = '终本' AND e.event_date = held.zb_date), '') AS sources,
       '已核：仅经当事人关联的登记记录，证件号冲突者不计；非本案已查控的财产（由ZB-SEIZED审查）；'
       || '执恢关联案件中未处置、未在查控中、无不能处置的记录（终本规定第四条）；终本日登记仍在其名下' AS checked
FROM held
WHERE NOT EXISTS (SELECT 1 FROM v_control v WHERE v.case_id = held.case_id AND item_is(v.item, held.what, held.reg_no))
  AND NOT EXISTS (SELECT 1 FROM v_family f CROSS JOIN v_control w ON w.case_id = f.member_id
                  WHERE f.case_id = held.case_id AND item_is(w.item, held.what, held.reg_no)
                    AND (w.disposed_date IS NOT NULL OR w.obstacle IS NOT NULL
                         OR (w.released_date IS NULL AND NOT w.waiting)))
UNION ALL
SELECT h.case_id, 'held:' || h.item AS hit_key,
       printf('%s：终本日期%s；本案已于%s%s“%s”%s，终本时仍在控制之下，未拍卖变卖成交、未抵债%s，卷内无不能处置的理由（终本规定第四条），'
              || '即终本时有可供执行的财产。',
              h.court_name, h.zb_date, h.start_date, h.measure, h.item,
              CASE WHEN h.measure = '冻结' AND h.frozen_fen > 0 THEN printf('（冻结金额%s）', yuan(h.frozen_fen))
                   WHEN h.value_fen IS NOT NULL THEN printf('（价值%s%s）', yuan(h.value_fen),
                        iif(h.priority_fen > 0, printf('，其上优先债权%s', yuan(h.priority_fen)), ''))
                   ELSE '' END,
              iif(h.measure = '冻结', '、未划拨', '')) AS evidence,
       h.src || ' ' || h.item_src
           || coalesce(' ' || (SELECT group_concat(e.src, ' ') FROM v_events e WHERE e.case_id = h.case_id
                               AND e.kind = '终本' AND e.event_date = h.zb_date), '') AS sources,
       '已核：本案查控的财产至终本日未解除、未处置；非仅轮候查封；无处置障碍记录；未经流拍后被拒绝抵债；'
       || '优先债权未吞没其价值；冻结款未划拨；未在执恢关联案件中处置' AS checked
-- the scope as a filter on the view, not a join: SQLite pushes it into the
-- view (a join made it build the view for every case: 1 s an incremental
-- screen of 2,000 cases at 100,000)
FROM v_zb_held h WHERE h.case_id IN (SELECT case_id FROM screen_scope)
