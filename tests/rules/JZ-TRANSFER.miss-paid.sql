-- case 3 was performed in full: its flat's transfer after the auction is not a lead (and the court sold it)
UPDATE registry_records SET to_name='金佳慧' WHERE party_id=6 AND kind='不动产';
