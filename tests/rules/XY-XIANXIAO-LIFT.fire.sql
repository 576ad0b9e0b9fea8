DELETE FROM events WHERE case_id=3 AND kind='解除限制消费';
