-- the buyer once paid the debtor (交易对手 in a bank statement): not a relation by itself
INSERT INTO party_links(kind, a, b, source, strength) VALUES('交易对手', 6, 201, 'bank', 'strong');
