-- 026_case_has_events: v_case_state.has_events — the court's measures of
-- this case were provided (at least one event or confirmed document event).
-- Rules that conclude from an absence ("no 执行通知 within 10 days", "no
-- online query", "no 终本 hearing") need it: on a ledger imported without
-- its events every case lacks every measure, and 5,000 ledger-only cases
-- gave 12,697 leads (CX-NOTICE-10D and CX-NETQUERY on 80 % of them). Missing
-- data is not a violation; those rules now stay silent on such cases and
-- name the check in `checked`.
DROP VIEW v_case_state;
CREATE VIEW v_case_state AS
SELECT c.id AS case_id, c.case_no, c.court_code, coalesce(nullif(ct.name, ''), c.court_code) AS court_name,
	c.type_code, c.filing_date, c.closing_method, c.closing_date, c.judge, c.claim_fen, c.paid_fen,
	CASE WHEN c.claim_fen IS NULL THEN NULL
	     ELSE max(c.claim_fen - coalesce(c.paid_fen, 0), 0) END AS outstanding_fen,
	CASE WHEN c.closing_method = '终结本次执行程序' THEN
		coalesce((SELECT max(e.event_date) FROM v_events e WHERE e.case_id = c.id AND e.kind = '终本'),
			 c.closing_date) END AS zb_date,
	c.closing_method = '终结本次执行程序' AS is_zb,
	coalesce(c.closing_method IN ('执行完毕', '终结执行', '不予执行', '驳回申请', '准许撤回', '销案'), 0) AS is_closed,
	c.prior_case_no, 'case:' || c.id AS src,
	EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id) AS has_events
FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id;
