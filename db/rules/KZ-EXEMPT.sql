-- code: KZ-EXEMPT
-- title: 查封、扣押、冻结豁免财产，或拍卖、变卖、抵债被执行人唯一生活住房
-- stage: 财产控制
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》（2020修正）第三条（V1）：“人民法院对被执行人的下列财产不得查封、扣押、冻结：（一）被执行人及其所扶养家属生活所必需的衣服、家具、炊具、餐具及其他家庭生活必需的物品；（二）被执行人及其所扶养家属所必需的生活费用。当地有最低生活保障标准的，必需的生活费用依照该标准确定；（三）被执行人及其所扶养家属完成义务教育所必需的物品；（四）未公开的发明或者未发表的著作；（五）被执行人及其所扶养家属用于身体缺陷所必需的辅助工具、医疗物品；（六）被执行人所得的勋章及其他荣誉表彰的物品；（七）……条约、协定……中规定免于查封、扣押、冻结的财产；（八）法律或者司法解释规定的其他不得查封、扣押、冻结的财产。”
-- basis: 同规定第四条（V1）：“对被执行人及其所扶养家属生活所必需的居住房屋，人民法院可以查封，但不得拍卖、变卖或者抵债。”
-- basis: 例外：《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》（2020修正）第二十条第一款（V1）：“金钱债权执行中，符合下列情形之一，被执行人以执行标的系本人及所扶养家属维持生活必需的居住房屋为由提出异议的，人民法院不予支持：（一）对被执行人有扶养义务的人名下有其他能够维持生活必需的居住房屋的；（二）执行依据生效后，被执行人为逃避债务转让其名下其他房屋的；（三）申请执行人按照当地廉租住房保障面积标准为被执行人及所扶养家属提供居住房屋，或者同意参照当地房屋租赁市场平均租金标准从该房屋的变价款中扣除五至八年租金的。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十五条（V1）：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权查封、扣押、冻结、拍卖、变卖被执行人应当履行义务部分的财产。但应当保留被执行人及其所扶养家属的生活必需品。……”
-- remedy: 建议法院解除对豁免财产的查封、扣押、冻结；对被执行人唯一生活住房停止拍卖、变卖或抵债，或依执行异议和复议规定第二十条的情形说明理由并记录入卷。
-- needs: events(查封、扣押、冻结 的标的物与处置障碍/备注、解封、拍卖公告、拍卖、流拍、变卖、以物抵债)；被执行人（自然人）；registry_records(不动产，经 party_id 关联)
-- param: keywords = 衣服、衣物、被褥、家具、炊具、餐具、生活必需品、最低生活保障、低保、生活费、义务教育、课本、教材、学习用品、未公开的发明、未发表的著作、轮椅、助听器、假肢、拐杖、盲杖、辅助器具、医疗用品、勋章、奖章、荣誉证书 | 查封规定第三条所列豁免财产在标的物中的写法（、分隔；政策默认）
-- Two kinds of lead, only for a natural-person debtor:
--   item#exempt  an item in force (not 轮候, not released) whose text names
--                one of the keywords (查封规定 第三条), unless the text
--                itself says it goes beyond what the household needs
--                (非生活必需, 高档 …: 第三条 exempts only those);
--   item#home    an item recorded (处置障碍 or 备注) as the debtor's only
--                home (唯一住房 / 生活必需的居住房屋) that the court put up for
--                auction, auctioned, sold or took in payment (第四条) —
--                unless a note records a 第二十条 ground (扶养义务人另有住房 —
--                not the 所扶养家属 every such note names —,
--                逃避债务转让, 廉租住房 / 扣除租金), or the land registry
--                links another 不动产 to the debtor by ID number on that day.
--                A name-only registry link is weak: it is named in the
--                evidence, it does not clear the lead. A note that rests on
--                ground (二) (the debtor 转让 another house after the 执行依据)
--                is checked against the register when the register knows the
--                debtor's name: it holds only if a 不动产 of the debtor's own
--                ID was transferred on or after the 执行依据 took effect (a
--                namesake's sale proves nothing), v3.
-- Nothing here depends on today: no wake.
WITH RECURSIVE kw(word, rest) AS (
  SELECT '', :keywords || '、'
  UNION ALL
  SELECT substr(rest, 1, instr(rest, '、') - 1), substr(rest, instr(rest, '、') + 1) FROM kw WHERE rest <> ''),
person AS (
  SELECT DISTINCT s.case_id FROM screen_scope s JOIN v_debtor d ON d.case_id = s.case_id
  WHERE d.kind = 'person' OR (d.kind = 'unknown' AND length(d.name) <= 4)),
ctl AS (
  SELECT v.*, cs.court_name, cs.src AS case_src
  FROM person p JOIN v_case_state cs ON cs.case_id = p.case_id
  JOIN v_control v ON v.case_id = p.case_id),
exempt AS (
  SELECT ctl.*, (SELECT group_concat(word, '、') FROM kw WHERE word <> '' AND instr(ctl.item, word) > 0) AS hit
  FROM ctl
  WHERE NOT waiting
    AND (released_date IS NULL
         OR EXISTS (SELECT 1 FROM v_events x WHERE x.case_id = ctl.case_id AND x.item = ctl.item
                    AND x.kind IN ('查封', '扣押', '冻结', '续封') AND x.event_date > ctl.released_date))),
-- the words recorded on each item's events (处置障碍, 备注, 结果)
txt AS (
  SELECT x.case_id, x.item, x.src,
         coalesce(x.obstacle, '') || ' ' || coalesce(x.note, '') || ' ' || coalesce(x.result, '') AS t,
         coalesce(nullif(x.obstacle, ''), nullif(x.note, '')) AS said
  FROM ctl JOIN v_events x ON x.case_id = ctl.case_id AND x.item = ctl.item),
home AS (
  SELECT ctl.*,
         (SELECT group_concat(DISTINCT said) FROM txt WHERE txt.case_id = ctl.case_id AND txt.item = ctl.item
          AND (t GLOB '*唯一*住*' OR (t GLOB '*生活*必需*' AND t GLOB '*住*'))) AS why,
         (SELECT d.event_date || '|' || d.kind || '|' || d.src FROM v_events d WHERE d.case_id = ctl.case_id
          AND d.item = ctl.item AND (d.kind IN ('拍卖公告', '拍卖', '流拍', '变卖')
               OR (d.kind = '以物抵债' AND coalesce(d.result, '') NOT LIKE '%不同意%' AND coalesce(d.result, '') NOT LIKE '%拒绝%'))
          ORDER BY d.event_date, d.id LIMIT 1) AS disp,
         EXISTS (SELECT 1 FROM txt WHERE txt.case_id = ctl.case_id AND txt.item = ctl.item
                 AND (t LIKE '%第二十条%' OR t LIKE '%扶养义务人%' OR t LIKE '%另有住房%' OR t LIKE '%廉租%'
                      OR t LIKE '%租金%' OR t LIKE '%逃避%')) AS art20_said,
         -- ground (二) alone: a transfer of another house, to be seen on the register
         EXISTS (SELECT 1 FROM txt WHERE txt.case_id = ctl.case_id AND txt.item = ctl.item AND t LIKE '%转让%'
                 AND t NOT LIKE '%扶养义务人%' AND t NOT LIKE '%另有住房%' AND t NOT LIKE '%廉租%'
                 AND t NOT LIKE '%租金%') AS art20_transfer,
         EXISTS (SELECT 1 FROM v_debtor d JOIN registry_records r ON r.kind = '不动产'
                 AND (r.party_id = d.party_id OR r.holder_name = d.name)
                 WHERE d.case_id = ctl.case_id) AS register_knows,
         EXISTS (SELECT 1 FROM v_debtor d JOIN registry_records r ON r.kind = '不动产'
                 AND ((r.party_id = d.party_id AND r.match = 'id') OR (coalesce(d.id_no, '') <> '' AND upper(r.holder_id) = d.id_no))
                 WHERE d.case_id = ctl.case_id AND r.item IS NOT ctl.item AND r.end_date IS NOT NULL
                   AND r.end_date >= coalesce((SELECT min(b.event_date) FROM v_events b WHERE b.case_id = ctl.case_id
                                               AND b.kind = '执行依据'),
                                              (SELECT c.filing_date FROM cases c WHERE c.id = ctl.case_id))) AS transfer_seen
  FROM ctl),
home1 AS (
  SELECT home.*, art20_said AND NOT (art20_transfer AND register_knows AND NOT transfer_seen) AS art20,
         art20_said AND art20_transfer AND register_knows AND NOT transfer_seen AS art20_unproved
  FROM home),
h2 AS (
  SELECT home.*, substr(disp, 1, 10) AS disp_on, substr(disp, 12, instr(substr(disp, 12), '|') - 1) AS disp_kind,
         (SELECT group_concat(r.item || '（' || r.match || '）', '、') FROM v_debtor d
          JOIN registry_records r ON r.party_id = d.party_id AND r.kind = '不动产'
          WHERE d.case_id = home.case_id AND r.item IS NOT home.item
            AND coalesce(r.start_date, '0000') <= substr(home.disp, 1, 10)
            AND (r.end_date IS NULL OR r.end_date > substr(home.disp, 1, 10)) AND r.match = 'id') AS other_id,
         (SELECT group_concat(r.item, '、') FROM v_debtor d
          JOIN registry_records r ON r.party_id = d.party_id AND r.kind = '不动产'
          WHERE d.case_id = home.case_id AND r.item IS NOT home.item
            AND coalesce(r.start_date, '0000') <= substr(home.disp, 1, 10)
            AND (r.end_date IS NULL OR r.end_date > substr(home.disp, 1, 10)) AND r.match = 'name') AS other_name,
         (SELECT group_concat('registry:' || r.id, ' ') FROM v_debtor d
          JOIN registry_records r ON r.party_id = d.party_id AND r.kind = '不动产'
          WHERE d.case_id = home.case_id AND r.item IS NOT home.item AND r.match = 'name'
            AND coalesce(r.start_date, '0000') <= substr(home.disp, 1, 10)
            AND (r.end_date IS NULL OR r.end_date > substr(home.disp, 1, 10))) AS other_src
  FROM home1 AS home WHERE why IS NOT NULL AND disp IS NOT NULL AND NOT art20)
SELECT case_id, item || '#exempt' AS hit_key,
       printf('%s：%s对被执行人的“%s”%s，该财产属于查封规定第三条不得查封、扣押、冻结的财产（标的物写明“%s”），未见解除。',
              court_name, start_date, item, measure, hit) AS evidence,
       case_src || ' ' || src AS sources,
       '已核：被执行人为自然人；非轮候查封；未解除' AS checked
FROM exempt WHERE hit IS NOT NULL
  -- 第三条 exempts what the household needs to live: not what the file calls beyond that
  AND item NOT LIKE '%非生活必需%' AND item NOT LIKE '%非必需%' AND item NOT LIKE '%高档%' AND item NOT LIKE '%奢侈%'
UNION ALL
SELECT case_id, item || '#home',
       printf('%s：“%s”于%s%s，卷内载明其为被执行人及所扶养家属生活所必需的居住房屋（%s），依查封规定第四条可以查封但不得拍卖、变卖或者抵债；法院于%s%s。%s%s。',
              court_name, item, start_date, measure, why, disp_on,
              CASE disp_kind WHEN '拍卖公告' THEN '发布拍卖公告' WHEN '拍卖' THEN '拍卖成交' WHEN '流拍' THEN '拍卖（流拍）'
                   ELSE disp_kind END,
              iif(art20_unproved, '卷内援引执行异议和复议规定第二十条第一款第（二）项（执行依据生效后转让其他房屋），但不动产登记簿未见被执行人本人（按证件号）在执行依据生效后转让其他房屋的记录',
                  '未见执行异议和复议规定第二十条所列情形的记载'),
              iif(other_name IS NOT NULL, printf('；登记簿有仅按姓名关联的其他不动产（%s，仅姓名匹配，身份未核实）', other_name),
                  '；登记簿未见按证件号关联的被执行人其他不动产')),
       trim(case_src || ' ' || src || ' ' || coalesce(other_src, '')),
       '已核：被执行人为自然人；无第二十条情形记载，或所称转让其他房屋在登记簿上无据（同名不同证件号者不计）；处置时登记簿无按证件号关联的其他不动产'
FROM h2 WHERE other_id IS NULL
