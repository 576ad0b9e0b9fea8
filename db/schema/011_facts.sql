-- 011_facts: facts from scanned documents carry a role (申请执行人, 标的,
-- 落款, 执行依据 …, or the organisation of a legal_rep), whether a measure is
-- said not to be taken, a party's kind and ID, and an item's action. The
-- confidence becomes 0..1 per fact (checks passed × the page's OCR
-- confidence), so the review queue can show the doubtful ones first.
ALTER TABLE facts ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE facts ADD COLUMN negated INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1));
ALTER TABLE facts ADD COLUMN party_kind TEXT;
ALTER TABLE facts ADD COLUMN id_no TEXT;
ALTER TABLE facts ADD COLUMN action TEXT;

-- Facts stored by the earlier extractor: the page's OCR confidence (0..100)
-- becomes 0..1; parties kept "name ID" in value; the fields are renamed to
-- the present vocabulary.
UPDATE facts SET confidence = confidence / 100.0 WHERE confidence > 1;
UPDATE facts SET id_no = substr(value, instr(value, ' ') + 1), value = substr(value, 1, instr(value, ' ') - 1)
	WHERE field IN ('applicant', 'debtor', 'buyer') AND instr(value, ' ') > 0;
UPDATE facts SET role = CASE field WHEN 'applicant' THEN '申请执行人' WHEN 'debtor' THEN '被执行人' ELSE '买受人' END,
	field = 'party' WHERE field IN ('applicant', 'debtor', 'buyer');
UPDATE facts SET field = 'prior_case_no', role = '执行依据' WHERE field = 'basis_no';

CREATE INDEX facts_review ON facts(doc_id, status, confidence);
