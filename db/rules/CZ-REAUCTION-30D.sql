-- code: CZ-REAUCTION-30D
-- title: 流拍后未在三十日内再次拍卖
-- stage: 财产处置
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十六条（V1）：“网络司法拍卖竞价期间无人出价的，本次拍卖流拍。流拍后应当在三十日内在同一网络司法拍卖平台再次拍卖，拍卖动产的应当在拍卖七日前公告；拍卖不动产或者其他财产权的应当在拍卖十五日前公告。……”
-- remedy: 建议法院依法及时再次拍卖或变卖，不得长期搁置。
-- needs: events(流拍、拍卖、变卖、以物抵债，同一 item)
-- param: days = 30 | 流拍后应再次拍卖的期限（天；“再次拍卖”按公告发布理解，可调整）
SELECT c.id AS case_id, f.item || '@' || f.event_date AS hit_key,
       printf('“%s”于%s流拍，%s。', f.item, f.event_date,
              iif(n.d IS NULL, printf('至%s已%d天未再次拍卖或变卖', :today,
                                       CAST(julianday(:today) - julianday(f.event_date) AS INTEGER)),
                  printf('直到%s才再次处置，间隔%d天', n.d, CAST(julianday(n.d) - julianday(f.event_date) AS INTEGER)))) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events f ON f.case_id = c.id AND f.kind = '流拍'
LEFT JOIN (SELECT case_id, item, event_date AS d FROM events
           WHERE kind IN ('拍卖', '流拍', '变卖', '以物抵债')) n
       ON n.case_id = c.id AND n.item = f.item
      AND n.d = (SELECT min(x.event_date) FROM events x WHERE x.case_id = c.id AND x.item = f.item
                 AND x.kind IN ('拍卖', '流拍', '变卖', '以物抵债') AND x.event_date > f.event_date)
WHERE coalesce(c.closing_method, '') NOT IN ('执行完毕', '终结执行')
  AND coalesce(n.d, :today) > date(f.event_date, '+' || :days || ' days')
GROUP BY c.id, f.item, f.event_date
