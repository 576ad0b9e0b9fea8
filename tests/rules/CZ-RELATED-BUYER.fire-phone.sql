-- the buyer shares the debtor's telephone number (同电话: a weak link, said so)
INSERT INTO party_links(kind, a, b, source, strength) VALUES('同电话', 6, 201, 'contact', 'weak');
