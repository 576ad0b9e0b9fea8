-- 016_rules_b: what the disposal, distribution and after-终本 rules share
-- (CZ-*, FP-*, ZH-*, PRIORITY-GROUP), so that they read one auction round
-- and one stay of enforcement the same way (docs/rules.md).
--
--   v_stay           periods in which a case's enforcement stands still by
--                    law: 中止 / 暂缓 (v_suspend) and 执行和解
--   v_auction_round  one row per auction round of a seized item: its
--                    announcement, its result, the price it started at,
--                    the valuation it started from, the way it was held

-- 执行和解 (民诉法 第二百四十一条): once the parties settle, the court waits
-- for the agreement to be performed; the original judgment is enforced
-- again only when the applicant asks (恢复执行). A settlement therefore
-- stays the case from its date to the next 恢复执行 — whatever its result:
-- 履行中 (instalments running), 已履行完毕 (nothing is left to enforce), 未履行
-- (the applicant may ask to resume, and until then the court waits).
CREATE VIEW v_stay AS
SELECT case_id, kind, start_date, end_date, src FROM v_suspend
UNION ALL
SELECT e.case_id, e.kind, e.event_date,
	(SELECT min(r.event_date) FROM v_events r WHERE r.case_id = e.case_id AND r.kind = '恢复执行'
	 AND r.event_date > e.event_date),
	e.src
FROM v_events e WHERE e.kind = '和解' AND e.event_date IS NOT NULL;

-- An auction round is a result (拍卖 = 成交, 流拍) with the 拍卖公告 that
-- announced it (the latest one of the item since the previous result), or a
-- 拍卖公告 whose auction has no result yet. Its prices: 起拍价/保留价 from the
-- announcement, else the result row; the valuation it started from: the
-- latest 评估 of the item on or before the announcement, else the 评估价 the
-- announcement or the result states. seq counts the rounds since that
-- valuation (a new valuation starts a new series: its first round is again
-- a first round); round_no is the court's own number when the data give
-- one, else seq.
-- mode: 网络司法拍卖 unless the platform names an auction house or a
-- 现场/委托 auction and no network platform (网拍规定 第二条 makes the
-- online auction the rule, so an unnamed platform counts as online; an
-- auction house selling through an internet platform is online too,
-- 网拍规定 第三十七条第二款).
CREATE VIEW v_auction_round AS
WITH res AS (
	SELECT e.*,
		(SELECT p.event_date FROM v_events p WHERE p.case_id = e.case_id AND p.item = e.item
		 AND p.kind IN ('拍卖', '流拍') AND (p.event_date < e.event_date OR (p.event_date = e.event_date AND p.id < e.id))
		 ORDER BY p.event_date DESC, p.id DESC LIMIT 1) AS prev_end
	FROM v_events e WHERE e.kind IN ('拍卖', '流拍') AND e.item IS NOT NULL AND e.event_date IS NOT NULL),
rounds AS (
	SELECT r.case_id, r.item, r.id AS res_id,
		(SELECT a.id FROM v_events a WHERE a.case_id = r.case_id AND a.item = r.item AND a.kind = '拍卖公告'
		 AND a.event_date <= r.event_date AND a.event_date >= coalesce(r.prev_end, '')
		 ORDER BY a.event_date DESC, a.id DESC LIMIT 1) AS ann_id
	FROM res r
	UNION ALL
	SELECT a.case_id, a.item, NULL, a.id FROM v_events a
	WHERE a.kind = '拍卖公告' AND a.item IS NOT NULL AND a.event_date IS NOT NULL
	  AND NOT EXISTS (SELECT 1 FROM v_events r WHERE r.case_id = a.case_id AND r.item = a.item
			  AND r.kind IN ('拍卖', '流拍') AND r.event_date >= a.event_date)),
joined AS (
	SELECT k.case_id, k.item, k.res_id, k.ann_id,
		a.event_date AS announced, a.end_date AS bid_start, a.amount_fen AS deposit_fen,
		r.event_date AS ended, r.kind AS outcome_kind,
		coalesce(a.price_fen, r.price_fen) AS price_fen,
		coalesce(r.platform, a.platform) AS platform,
		coalesce(CASE WHEN CAST(r.round AS INTEGER) > 0 THEN CAST(r.round AS INTEGER) END,
			 CASE WHEN CAST(a.round AS INTEGER) > 0 THEN CAST(a.round AS INTEGER) END) AS given_round,
		CASE WHEN r.kind = '拍卖' THEN coalesce(r.deal_fen, r.amount_fen) END AS deal_fen,
		r.counterparty AS buyer, r.counterparty_id AS buyer_id,
		coalesce(a.value_fen, r.value_fen) AS stated_value_fen,
		coalesce(a.event_date, r.event_date) AS anchor,
		coalesce(r.id, a.id) AS order_id,
		trim(coalesce(a.src, '') || ' ' || coalesce(r.src, '')) AS src
	FROM rounds k
	LEFT JOIN v_events r ON r.id = k.res_id AND r.case_id = k.case_id AND r.kind IN ('拍卖', '流拍')
	LEFT JOIN v_events a ON a.id = k.ann_id AND a.case_id = k.case_id AND a.kind = '拍卖公告'),
valued AS (
	SELECT j.*,
		(SELECT v.id FROM v_events v WHERE v.case_id = j.case_id AND v.item = j.item AND v.kind = '评估'
		 AND v.value_fen > 0 AND v.event_date <= j.anchor ORDER BY v.event_date DESC, v.id DESC LIMIT 1) AS val_id
	FROM joined j)
SELECT x.case_id, x.item, x.res_id, x.ann_id, x.announced, x.bid_start, x.deposit_fen, x.ended,
	CASE x.outcome_kind WHEN '拍卖' THEN '成交' WHEN '流拍' THEN '流拍' END AS outcome,
	x.price_fen, x.deal_fen, x.buyer, x.buyer_id, x.platform,
	CASE WHEN (x.platform LIKE '%拍卖行%' OR x.platform LIKE '%拍卖公司%' OR x.platform LIKE '%拍卖有限%'
		   OR x.platform LIKE '%现场%' OR x.platform LIKE '%委托%')
		  AND x.platform NOT LIKE '%网%' AND x.platform NOT LIKE '%平台%' THEN '委托拍卖'
	     ELSE '网络司法拍卖' END AS mode,
	coalesce(v.value_fen, x.stated_value_fen) AS value_fen,
	v.event_date AS valued_date,
	(SELECT count(*) FROM joined y WHERE y.case_id = x.case_id AND y.item = x.item
	 AND y.anchor >= coalesce(v.event_date, '')
	 AND (y.anchor < x.anchor OR (y.anchor = x.anchor AND y.order_id <= x.order_id))) AS seq,
	x.given_round,
	x.anchor,
	trim(x.src || coalesce(' ' || v.src, '')) AS src
FROM valued x
LEFT JOIN v_events v ON v.id = x.val_id AND v.case_id = x.case_id AND v.kind = '评估';

-- A company is found by its 统一社会信用代码 in people's 企业登记/股权
-- records (CZ-RELATED-BUYER): look it up by code, not by a scan. Not a
-- partial index: SQLite 3.40 returned no rows for kind IN (…) lookups
-- through a partial expression index with that IN list.
CREATE INDEX registry_company_code ON registry_records(upper(reg_no));
