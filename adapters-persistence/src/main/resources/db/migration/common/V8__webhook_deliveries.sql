-- Webhook deliveries the receiver took (2xx), by the idempotency key sent with them: a notification
-- job retried after a later step failed, or taken over from a dead worker, does not send again.
-- delivered_at (microseconds, like the jobs' times) lets old rows be pruned.
CREATE TABLE webhook_deliveries (
    idempotency_key VARCHAR(64) NOT NULL PRIMARY KEY,
    delivered_at    BIGINT      NOT NULL
);
CREATE INDEX webhook_deliveries_by_time ON webhook_deliveries (delivered_at);
