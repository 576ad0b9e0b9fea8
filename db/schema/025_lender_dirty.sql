-- 025_lender_dirty: a lending case's change re-checks only its lender's
-- other 民间借贷 cases, and only when something XS-SERIAL-LENDER reads
-- changed. 019's trigger fired on every UPDATE naming those columns (a
-- ledger import sets them all) and marked every case of the applicant,
-- whatever its cause: importing 1,000 ledger rows into a 100,000-case demo
-- marked 21,028 cases for the next screen (a bank applies in thousands).
DROP TRIGGER dirty_lender_case;
CREATE TRIGGER dirty_lender_case AFTER UPDATE OF cause, filing_date, claim_fen, prior_case_no, case_no ON cases
WHEN (coalesce(NEW.cause, '') LIKE '%民间借贷%' OR coalesce(OLD.cause, '') LIKE '%民间借贷%')
 AND (NEW.cause IS NOT OLD.cause OR NEW.filing_date IS NOT OLD.filing_date OR NEW.claim_fen IS NOT OLD.claim_fen
      OR NEW.prior_case_no IS NOT OLD.prior_case_no OR NEW.case_no IS NOT OLD.case_no)
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_parties a
	JOIN case_parties o ON o.party_id = a.party_id AND o.role = '申请执行人'
	JOIN cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%'
	WHERE a.case_id = NEW.id AND a.role = '申请执行人';
END;
