-- the query found nothing (未发现可供执行财产)
UPDATE events SET result='未发现可供执行财产' WHERE case_id=2 AND kind='网络查控';
