-- 035_bid_start: when an auction's bidding starts, wherever it is written.
--
-- 网拍规定 第十二条 counts the announcement period up to the start of the
-- bidding (不动产 30 日, 动产 15 日; re-auctions 15 / 7 日), so v_auction_round
-- needs that day. docs/data-formats.md puts it in the 拍卖公告's 到期日, but
-- a court's export as often writes it into the remark — "竞价时间：2026-03-29
-- 10:00 至 2026-03-30 10:00" — and CZ-PROCEDURE then saw no period at all.
-- bid_start is now the 到期日, else the first date after 竞价 / 拍卖时间 /
-- 开拍 in the 备注 (note_date: YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日).

DROP VIEW v_auction_round;
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
		a.event_date AS announced, coalesce(a.end_date, note_date(a.note, '竞价'), note_date(a.note, '拍卖时间'),
			note_date(a.note, '开拍')) AS bid_start, a.amount_fen AS deposit_fen,
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
