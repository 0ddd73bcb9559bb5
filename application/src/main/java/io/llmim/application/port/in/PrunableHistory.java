package io.llmim.application.port.in;

/**
 * The records the store keeps after they stop mattering to the running service, each deleted once
 * older than its {@code [retention]} setting. A new kind of history (another table) is one more
 * constant here, with its statement in the store and its key in the configuration.
 */
public enum PrunableHistory {
    /** Jobs that succeeded, once last due longer ago than the retention. */
    DONE_JOBS,
    /** Jobs that gave up, kept longer so that an operator can read their last error. */
    DEAD_JOBS,
    /** The alerts of Alertmanager group incidents resolved (or closed) longer ago than the retention. */
    ALERT_MEMBERS,
    /**
     * Webhook deliveries recorded by their idempotency key. Kept longer than a notification job can
     * still be retried: a delivery pruned while its job is pending is sent again (with the same key).
     */
    WEBHOOK_DELIVERIES,
    /** The change log live subscribers read, by when each change was made. */
    CHANGE_LOG,
    /** Silences ended longer ago than {@code [integrations.alertmanager] silence_retention_hours}. */
    EXPIRED_SILENCES
}
