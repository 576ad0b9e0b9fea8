-- a deposit found 2026-10-01; the parties settled (和解, 履行中) on 2026-10-03, within the 7 days
UPDATE events SET result='发现：银行存款52,300元（嵊州农商银行）' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-10-01';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-10-03', '2027-03-31', '履行中');
