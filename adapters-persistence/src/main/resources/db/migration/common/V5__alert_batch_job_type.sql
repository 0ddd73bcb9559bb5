-- The job that takes a large Alertmanager notification off the request path is named for what it
-- does. Its payload changed form with the name, so a job queued under the old name fails once as
-- unreadable and stays dead with that error rather than stopping the queue on an unknown type.
UPDATE jobs SET job_type = 'ALERT_BATCH' WHERE job_type = 'DEDUPLICATION';
