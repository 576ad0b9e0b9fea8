-- 038_zb_held: what a 终本 case still held, undisposed, on its 终本 day.
--
-- 终本规定 第一条第（三）项 lets a court close a case for now only when no
-- property was found or what was found 不能处置; 民诉法 第二百五十八条 says
-- the court 应当 sell what it seized. An item the case seized, froze or
-- took, in force on the 终本 date (not 轮候), neither released nor sold nor
-- taken in payment, is still held, unless the file gives the reason the law
-- accepts (终本规定 第四条): a recorded obstacle (唯一住房, 权属争议, a car
-- the court could not take …), auctions failed and the applicant refusing it
-- in payment, claims ahead that swallow its value (拍卖变卖规定 第六条), or a
-- frozen deposit already transferred. A registered car never taken is held
-- too, unless the file says why it could not be taken (第四条第二项 is a
-- finding the court records, not a default). Sold later in a 执恢 case of the
-- same family: remedied. ZB-SEIZED and ZB-PROPERTY read this view.
CREATE VIEW v_zb_held AS
SELECT cs.case_id, cs.court_name, cs.zb_date, cs.src,
       v.item, v.measure, v.start_date, v.end_date, v.value_fen, v.frozen_fen, v.priority_fen,
       v.src AS item_src,
       (SELECT count(*) FROM v_events e WHERE e.case_id = cs.case_id AND e.item = v.item AND e.kind = '流拍'
        AND e.event_date <= cs.zb_date) AS failed
FROM v_case_state cs
JOIN v_control v ON v.case_id = cs.case_id
WHERE cs.is_zb AND cs.zb_date IS NOT NULL
  AND v.start_date <= cs.zb_date AND NOT v.waiting AND v.obstacle IS NULL
  AND (v.released_date IS NULL OR v.released_date > cs.zb_date)
  AND (v.disposed_date IS NULL OR v.disposed_date > cs.zb_date)
  AND (v.measure <> '冻结' OR coalesce(v.frozen_fen, v.value_fen, 0) > 0)
  AND NOT (v.priority_fen IS NOT NULL AND v.value_fen IS NOT NULL AND v.priority_fen >= v.value_fen)
  -- 第四条第一项: offered without a buyer, and the applicant refused it in payment
  AND NOT (EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = cs.case_id AND e.item = v.item
                   AND e.kind IN ('流拍', '变卖') AND coalesce(e.deal_fen, 0) = 0 AND e.event_date <= cs.zb_date)
           AND EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = cs.case_id AND e.item = v.item
                       AND e.kind = '以物抵债' AND (e.result LIKE '%不同意%' OR e.result LIKE '%拒绝%'
                                                   OR e.result LIKE '%不接受%') AND e.event_date <= cs.zb_date))
  -- a sale recorded without 成交价 but with its amount
  AND NOT EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = cs.case_id AND e.item = v.item
                  AND e.kind IN ('拍卖', '变卖') AND coalesce(e.deal_fen, e.amount_fen, 0) > 0
                  AND coalesce(e.result, '') NOT LIKE '%流拍%' AND e.event_date <= cs.zb_date)
  -- a frozen deposit transferred to the court's account
  AND NOT (v.measure = '冻结' AND EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '案款到账'
                                           AND e.event_date BETWEEN v.start_date AND cs.zb_date
                                           AND (e.amount_fen >= coalesce(v.frozen_fen, v.value_fen)
                                                OR e.item LIKE '%扣划%' OR e.item LIKE '%划拨%')))
  AND NOT EXISTS (SELECT 1 FROM v_family f CROSS JOIN v_control w ON w.case_id = f.member_id AND w.item = v.item
                  WHERE f.case_id = cs.case_id AND w.disposed_date IS NOT NULL);
