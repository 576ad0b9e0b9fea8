-- code: KZ-EXPIRY
-- title: 查封、扣押、冻结期限即将届满或已届满未续行
-- stage: 财产控制
-- severity: 高
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条（V1）：“人民法院冻结被执行人的银行存款的期限不得超过一年，查封、扣押动产的期限不得超过两年，查封不动产、冻结其他财产权的期限不得超过三年。申请执行人申请延长期限的，人民法院应当在查封、扣押、冻结期限届满前办理续行查封、扣押、冻结手续，续行期限不得超过前款规定的期限。人民法院也可以依职权办理续行查封、扣押、冻结手续。”
-- basis: 《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十七条（V1）：“查封、扣押、冻结期限届满，人民法院未办理延期手续的，查封、扣押、冻结的效力消灭。……”
-- remedy: 建议法院在期限届满前依法办理续行查封、扣押、冻结手续；已失效的，及时重新查封。
-- needs: events(查封、扣押、冻结、续封、解封)，事件须有到期日 end_date
-- param: warn_days = 30 | 距到期日不足此天数且未续行即提示
SELECT id AS case_id, item AS hit_key,
       printf('“%s”于%s%s，期限至%s%s，未见续行或解除；案件%s，债权未全部实现。', item, first_date, kind,
              last_end, iif(last_end < :today, '，已届满失效', '，即将届满'),
              coalesce(method, '未结')) AS evidence
FROM (SELECT c.id, c.closing_method AS method, e.item, min(e.event_date) AS first_date,
             max(e.end_date) AS last_end, min(CASE WHEN e.kind <> '续封' THEN e.kind END) AS kind
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      JOIN events e ON e.case_id = c.id AND e.kind IN ('查封', '扣押', '冻结', '续封') AND e.item IS NOT NULL
      WHERE coalesce(c.closing_method, '') NOT IN ('执行完毕', '终结执行', '不予执行', '驳回申请', '准许撤回', '销案')
        AND coalesce(c.paid_fen, 0) < coalesce(c.claim_fen, 1)
      GROUP BY c.id, e.item) t
WHERE last_end IS NOT NULL AND last_end < date(:today, '+' || :warn_days || ' days')
  AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = t.id AND x.item = t.item
                  AND (x.kind IN ('解封', '变卖', '以物抵债') OR (x.kind = '拍卖' AND x.amount_fen > 0)))
