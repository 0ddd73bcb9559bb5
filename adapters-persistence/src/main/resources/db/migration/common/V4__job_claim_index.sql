-- Claiming takes the due job of a queue that has waited longest. With the enqueue order in the
-- index, that is the first entry of one index range instead of a sort of everything due.
DROP INDEX jobs_due;
CREATE INDEX jobs_due ON jobs (queue, status, run_at, created_seq);
