-- only bank deposits were queried (点对点：存款); vehicles, real estate and securities never were
UPDATE events SET item='点对点查询：银行存款' WHERE case_id=2 AND kind='网络查控';
