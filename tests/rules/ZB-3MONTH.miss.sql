-- closed one day after three months: lawful
UPDATE cases SET closing_date='2024-04-11' WHERE id=1;
UPDATE events SET event_date='2024-04-11' WHERE case_id=1 AND kind='终本';
