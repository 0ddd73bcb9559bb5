-- When the senders said the trouble occurred (epoch microseconds, like every instant): the earliest
-- and the latest any report of the incident gave; null while no report gave one.
ALTER TABLE incidents ADD COLUMN first_occurred_at BIGINT;
ALTER TABLE incidents ADD COLUMN last_occurred_at BIGINT;
