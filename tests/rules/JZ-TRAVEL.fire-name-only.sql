-- a flight record without an ID, tied to the debtor by his name only: a lead that says so
INSERT INTO registry_records(kind, party_id, match, holder_name, item, start_date, mode) VALUES('出行', 2, 'name', '俞建国', 'CA1701 杭州—北京', '2025-03-08', '航空');
