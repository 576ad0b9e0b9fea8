-- 041_forbidden_trip: a trip the 限制消费令 forbade, read once.
--
-- JZ-TRAVEL, JZ-AFTER-SANCTION and XY-WRONG-LIST each joined the persons an
-- order binds (v_restricted) to their trips (v_trip) and each spelt the
-- exceptions, not alike (XY-WRONG-LIST did not check that a 法定代表人 was in
-- office on the day, nor whose lifting it was). A trip counts when it comes
-- after the order, its class is forbidden (限消规定 第三条: v_trip.clause),
-- the record's ID is not another person's, a company's 法定代表人 held the
-- office that day (企业登记: 第三条第二款), and no lifting or permission
-- (解除限制消费, its end date the permitted period, 第八条) of that person
-- or company covers the day. Each rule adds its own conditions (closing,
-- sanctions before or after).
CREATE VIEW v_forbidden_trip AS
SELECT b.case_id, b.person_id, b.target_id, b.via, b.xx_date, b.xx_src,
       v.id AS trip_id, v.start_date, v.item, v.seat, v.clause, v.match, v.from_place, v.dest_place
FROM v_restricted b
JOIN v_trip v ON v.party_id = b.person_id AND v.start_date > b.xx_date
JOIN parties pp ON pp.id = b.person_id
WHERE v.clause IS NOT NULL
  AND NOT (v.holder_id IS NOT NULL AND pp.id_no IS NOT NULL AND upper(v.holder_id) <> pp.id_no)
  AND (b.via <> '被执行人的法定代表人' OR EXISTS (
       SELECT 1 FROM registry_records g JOIN parties co ON co.id = b.target_id
       WHERE g.party_id = b.person_id AND g.kind = '企业登记'
         AND (upper(g.reg_no) = co.id_no OR g.item = co.name)
         AND (g.role LIKE '%法定代表人%' OR g.role IN ('法人代表', '法人', '负责人', '执行事务合伙人', '经营者'))
         AND coalesce(g.start_date, '0000') <= v.start_date AND coalesce(g.end_date, '9999') > v.start_date))
  AND NOT EXISTS (SELECT 1 FROM v_measure_target l WHERE l.case_id = b.case_id AND l.kind = '解除限制消费'
                  AND l.event_date > b.xx_date AND l.event_date <= v.start_date
                  AND (l.end_date IS NULL OR l.end_date >= v.start_date)
                  AND (l.party_id IS NULL OR l.party_id IN (b.person_id, b.target_id)));
