-- 046_sort_by_filter_index: 法院 and 结案方式 sort through their filter
-- indexes.
--
-- cases_court (court_code, filing_date) and cases_method_filing
-- (closing_method, filing_date) serve the filters; cases_sort_court and
-- cases_sort_method held the same first column again, only so that the
-- case list could page by (column, id). The list now pages those two
-- columns by (column, 立案日期, id) through the filter indexes
-- (src/query/caselist.c), which is also the order a clerk expects — each
-- court's or each closing method's cases by filing date — and the two
-- indexes go: 16.1 + 21.1 bytes per case and 0.7 s of a million-row
-- import (bench/RESULTS.md).
DROP INDEX cases_sort_court;
DROP INDEX cases_sort_method;
