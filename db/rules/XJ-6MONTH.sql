-- code: XJ-6MONTH
-- title: 有财产可供执行的案件超六个月未执结且无延长期限审批
-- stage: 消极执行
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第63条（V1）：“人民法院执行生效法律文书，一般应当在立案之日起六个月内执行结案，但中止执行的期间应当扣除。确有特殊情况需要延长的，由本院院长批准。”
-- basis: 《最高人民法院关于人民法院办理执行案件若干期限的规定》第一条（V2）：“被执行人有财产可供执行的案件，一般应当在立案之日起6个月内执结；……有特殊情况须延长执行期限的，应当报请本院院长或副院长批准。申请延长执行期限的，应当在期限届满前5日内提出。”
-- remedy: 建议法院加快执行进度；确需延长的依法报批，并对超期原因作出说明。
-- needs: cases(立案、结案)；events(查封、扣押、冻结、延长期限批准)
-- param: months = 6 | 执行期限（月）
SELECT c.id AS case_id, '' AS hit_key,
       printf('立案日期%s，%s已查控财产（%s），至%s已超过%d个月未执结，未见延长执行期限审批。', c.filing_date,
              (SELECT min(e.event_date) FROM events e WHERE e.case_id = c.id AND e.kind IN ('查封', '扣押', '冻结')),
              (SELECT group_concat(item, '、') FROM (SELECT DISTINCT e.item FROM events e WHERE e.case_id = c.id
                                                   AND e.kind IN ('查封', '扣押', '冻结') LIMIT 3)),
              :today, :months) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
WHERE c.closing_method IS NULL AND c.filing_date < date(:today, '-' || :months || ' months')
  AND EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind IN ('查封', '扣押', '冻结'))
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind = '延长期限批准')
