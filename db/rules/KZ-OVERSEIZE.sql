-- code: KZ-OVERSEIZE
-- title: 明显超标的查封、扣押、冻结
-- stage: 财产控制
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第十九条（V1）：“查封、扣押、冻结被执行人的财产，以其价额足以清偿法律文书确定的债权额及执行费用为限，不得明显超标的额查封、扣押、冻结。发现超标的额查封、扣押、冻结的，人民法院应当根据被执行人的申请或者依职权，及时解除对超标的额部分财产的查封、扣押、冻结，但该财产为不可分物且被执行人无其他可供执行的财产或者其他财产不足以清偿债务的除外。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十三条（V1）：“……人民法院查询、扣押、冻结、划拨、变价的财产不得超出被执行人应当履行义务的范围。”
-- remedy: 建议法院解除超出部分财产的查封、扣押、冻结（不可分物且无其他财产的除外）。
-- needs: events(查封、扣押、冻结 及其价值 value_fen，解封)；cases.claim_fen、paid_fen
-- param: ratio = 1.5 | 控制财产价值超过未履行债权的倍数（“明显超标的”的政策默认）
SELECT id AS case_id, '' AS hit_key,
       printf('查封、扣押、冻结财产%d项，价值合计%.2f元，为未履行金额%.2f元的%.1f倍（%s）。', n, total / 100.0,
              owed / 100.0, total * 1.0 / owed, items) AS evidence
FROM (SELECT c.id, coalesce(c.claim_fen, 0) - coalesce(c.paid_fen, 0) AS owed,
             count(*) AS n, sum(e.value_fen) AS total, group_concat(e.item, '、') AS items
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      JOIN events e ON e.case_id = c.id AND e.kind IN ('查封', '扣押', '冻结') AND e.value_fen > 0
      WHERE coalesce(c.closing_method, '') NOT IN ('执行完毕', '终结执行')
        AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = c.id AND x.item = e.item
                        AND x.kind IN ('解封', '变卖', '以物抵债'))
        AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = c.id AND x.item = e.item
                        AND x.kind = '拍卖' AND x.amount_fen > 0)
      GROUP BY c.id)
WHERE owed > 0 AND total > :ratio * owed
