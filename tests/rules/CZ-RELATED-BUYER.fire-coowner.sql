-- the buyer co-owns other real estate with the debtor (共有人, by ID)
INSERT INTO party_links(kind, a, b, source, strength) VALUES('共有人', 6, 201, 'registry:不动产', 'strong');
