-- code: XY-DECEASED
-- title: 被执行人死亡后仍被限制消费、纳入失信名单
-- stage: 信用惩戒
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》（2023修正）第二百四十三条（V1）：“作为被执行人的公民死亡的，以其遗产偿还债务。作为被执行人的法人或者其他组织终止的，由其权利义务承受人履行义务。”
-- basis: 同法第二百六十七条第一款第（三）项（V1）：有下列情形之一的，人民法院应当裁定中止执行：“作为一方当事人的公民死亡，需要等待继承人继承权利或者承担义务的”；第二百六十八条第（三）项（V1）：人民法院裁定终结执行的情形之一为“作为被执行人的公民死亡，无遗产可供执行，又无义务承担人的”。
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（2022修正）第四百七十三条（V1）：“作为被执行人的公民死亡，其遗产继承人没有放弃继承的，人民法院可以裁定变更被执行人，由该继承人在遗产的范围内偿还债务。继承人放弃继承的，人民法院可以直接执行被执行人的遗产。”
-- basis: 《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）第一条（V1）以被执行人“有履行能力而拒不履行”等自身行为为纳入条件，第九条第一款（V1）：“不应纳入失信被执行人名单的公民、法人或其他组织被纳入失信被执行人名单的，人民法院应当在三个工作日内撤销失信信息。”；第十条第一款第（七）项（V1）：人民法院依法裁定终结执行的，应当在三个工作日内删除失信信息。《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（法释〔2015〕17号）第三条（V1）限制的是被执行人本人的消费行为。——死者不再是可被信用惩戒的主体，对其继续限制消费、公示失信没有对象；法律未规定法院得知死亡后解除的天数，`grace_days` 为政策默认。
-- remedy: 建议法院依法中止执行或变更被执行人（继承人在遗产范围内清偿）、无遗产又无义务承担人的裁定终结执行，并解除对死者的限制消费令、删除（撤销）其失信信息。
-- needs: registry_records(户籍：死亡日期 end_date；只经 party_id 关联，证件号不同者不是同一人，仅姓名匹配的须核实)；v_measure_target(限制消费、解除限制消费、失信、删除失信：标的物/相对人为对象)；v_debtor
-- param: grace_days = 30 | 死亡后应解除、删除的期限（日；政策默认，法律未规定）
-- A measure counts when it names the deceased debtor (or the case's only
-- debtor) and was in force after death: issued before it and not lifted
-- or deleted by death + grace_days, or issued after the death at all.
WITH death AS MATERIALIZED (
  SELECT d.case_id, d.party_id, d.name, d.id_no, min(r.end_date) AS died, r.id AS reg_id, r.match
  FROM screen_scope s CROSS JOIN v_debtor d ON d.case_id = s.case_id
  CROSS JOIN registry_records r ON r.party_id = d.party_id AND r.kind = '户籍'
  WHERE r.end_date IS NOT NULL AND d.kind <> 'org'
    AND NOT (r.holder_id IS NOT NULL AND d.id_no IS NOT NULL AND upper(r.holder_id) <> d.id_no)
  GROUP BY d.case_id, d.party_id),
mt AS MATERIALIZED (
  SELECT t.* FROM death x CROSS JOIN v_measure_target t ON t.case_id = x.case_id
  WHERE t.kind IN ('限制消费', '解除限制消费', '失信', '删除失信') AND t.event_date IS NOT NULL),
m AS (
  SELECT x.*, t.kind, t.event_date AS issued, t.src,
         legal_add_days(x.died, :grace_days) AS due,
         (SELECT u.event_date FROM mt u WHERE u.case_id = t.case_id
          AND u.kind = CASE t.kind WHEN '限制消费' THEN '解除限制消费' ELSE '删除失信' END
          AND u.event_date >= t.event_date AND (u.party_id IS t.party_id OR u.party_id IS NULL)
          ORDER BY u.event_date, u.id LIMIT 1) AS ended,
         (SELECT u.src FROM mt u WHERE u.case_id = t.case_id
          AND u.kind = CASE t.kind WHEN '限制消费' THEN '解除限制消费' ELSE '删除失信' END
          AND u.event_date >= t.event_date AND (u.party_id IS t.party_id OR u.party_id IS NULL)
          ORDER BY u.event_date, u.id LIMIT 1) AS ended_src
  FROM death x JOIN mt t ON t.case_id = x.case_id AND t.party_id = x.party_id
  WHERE t.kind IN ('限制消费', '失信')),
judged AS (
  SELECT m.*, (m.issued > m.died) AS after_death FROM m
  WHERE m.ended IS NULL OR m.ended > m.due OR m.issued > m.died)
SELECT j.case_id, j.kind || ':' || j.issued || ':' || j.party_id AS hit_key,
       (j.after_death OR j.ended IS NOT NULL OR :today > j.due) AS fires,
       CASE WHEN NOT j.after_death AND j.ended IS NULL AND :today <= j.due THEN date(j.due, '+1 day') END AS wake,
       printf('%s：户籍登记被执行人%s（身份证号%s）于%s死亡%s；%s%s%s。',
              cs.court_name, j.name, coalesce(j.id_no, '不详'), j.died,
              iif(j.match = 'id', '', '（户籍记录仅按姓名匹配，需核实身份）'),
              iif(j.after_death, printf('法院于其死亡后的%s仍对其%s', j.issued,
                                        iif(j.kind = '限制消费', '发出限制消费令', '纳入失信被执行人名单')),
                  printf('%s对其%s，死亡后应及时%s（%d日，政策默认，至%s）', j.issued,
                         iif(j.kind = '限制消费', '发出的限制消费令', '纳入失信被执行人名单'),
                         iif(j.kind = '限制消费', '解除', '删除'), :grace_days, j.due)),
              iif(j.ended IS NULL, '，至今未见' || iif(j.kind = '限制消费', '解除', '删除') || '的记录',
                  printf('，直到%s才%s', j.ended, iif(j.kind = '限制消费', '解除', '删除'))),
              iif(cs.is_closed, printf('（案件已于%s以“%s”结案）', cs.closing_date, cs.closing_method), '')) AS evidence,
       trim(cs.src || ' registry:' || j.reg_id || ' ' || j.src || coalesce(' ' || j.ended_src, '')) AS sources,
       '已核：户籍记录经证件号码（或唯一姓名）与被执行人关联，证件号不一致的不计；措施对象为该被执行人；死亡前已解除或删除的不计' AS checked
FROM judged j JOIN v_case_state cs ON cs.case_id = j.case_id
