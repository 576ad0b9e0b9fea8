-- 051_fact_ledger_check: what the case's own data says of a scanned fact.
--
-- A document attached to a case the ledger already holds has its names read
-- against the case's parties, their 法定代表人 and its 承办人
-- (src/ocr/ledger_check.c): 「与台账相符」, or 「据台账更正（识别为“…”）」 when
-- OCR misread a character and the case's spelling was taken, or a party's
-- ID in conflict with the case's. NULL: not checked (no case, no ledger, or
-- a fact of another kind).
ALTER TABLE facts ADD COLUMN checked TEXT;
