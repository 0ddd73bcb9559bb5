package io.llmim.bootstrap;

import io.llmim.adapter.http.webhook.VertxWebhookSender;
import io.llmim.adapter.jobs.PeriodicRun;
import io.llmim.adapter.jobs.JobExecutor;
import io.llmim.application.retention.HistoryRetentionService;
import io.llmim.application.integration.AlertBatchJob;
import io.llmim.application.job.EnrichmentJob;
import io.llmim.application.job.EscalationJob;
import io.llmim.application.job.FollowUpGate;
import io.llmim.application.job.JobHandler;
import io.llmim.application.job.JobRunner;
import io.llmim.application.job.NotificationJob;
import io.llmim.application.port.in.JobType;
import io.llmim.application.suppression.SilenceSweep;
import io.llmim.bootstrap.config.AppConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The jobs area: a handler for each job type, the webhook sender notifications go through, and the
 * executor that drains the queues. A new job type, job setting or anything else that runs from the
 * job queues is wired here. The executor starts before the API listens, so jobs left from the last
 * run are picked up at once, and stops after the API has finished its requests.
 */
final class JobsFactory {

    // Alertmanager checks for ended alerts as often; a finer check would only cost queries.
    private static final Duration ALERT_EXPIRY = Duration.ofSeconds(5);
    private static final Duration SILENCE_SWEEP = Duration.ofSeconds(5);

    private JobsFactory() {
    }

    static void start(AppConfig config, ServicesFactory.Services services, Adapters.Store store,
                      MetricsFactory.StartedMetrics metrics, Clock clock, StartedComponents started) {
        VertxWebhookSender webhookSender = started.add("webhook sender", new VertxWebhookSender(metrics.vertx(),
                Duration.ofSeconds(config.notifications().timeoutSeconds())), (sender, remaining) -> sender.close());
        Map<JobType, JobHandler> handlers = new EnumMap<>(JobType.class);
        handlers.put(JobType.ENRICHMENT, new EnrichmentJob(services.enrichment()));
        FollowUpGate gate = new FollowUpGate(services.suppression().holds(), store.jobs(), services.changes(),
                metrics.adapter().suppression(), clock);
        handlers.put(JobType.NOTIFICATION, new NotificationJob(store.incidents(), services.webhooks(), webhookSender,
                store.jobs(), clock, services.changes(), gate));
        handlers.put(JobType.ESCALATION, new EscalationJob(services.escalationPolicies(), store.jobs(),
                services.clock(), services.changes(), store.incidents(), gate));
        handlers.put(JobType.CORRELATION, services.correlation());
        handlers.put(JobType.ALERT_BATCH, new AlertBatchJob(services.alertmanager()));
        JobExecutor executor = new JobExecutor(new JobRunner(store.jobs(), handlers, clock, metrics.adapter().jobs()),
                SettingsMapping.jobs(config), () -> ThreadLocalRandom.current().nextDouble());
        executor.start();
        started.add("jobs", executor, JobExecutor::stop);
        // Retention: history past it is deleted in the background.
        HistoryRetentionService retention = new HistoryRetentionService(store.history(),
                SettingsMapping.retentions(config), clock);
        PeriodicRun pruner = new PeriodicRun("history pruning", retention::prune,
                Duration.ofSeconds(config.retention().pruneIntervalSeconds()));
        pruner.start();
        started.add("history pruning", pruner);
        // Alerts posted to /api/v2/alerts that ended without a repeat resolve in the background.
        PeriodicRun alertExpiry = new PeriodicRun("alert expiry", services.alertExpiry()::expire, ALERT_EXPIRY);
        alertExpiry.start();
        started.add("alert expiry", alertExpiry);
        // Silences tied to incidents end when their incidents resolve; the silences gauge is set.
        SilenceSweep sweep = new SilenceSweep(store.silences(), store.incidents(), clock, metrics.adapter().suppression(),
                services.suppression().events());
        PeriodicRun silenceSweep = new PeriodicRun("silence sweep", sweep::sweep, SILENCE_SWEEP);
        silenceSweep.start();
        started.add("silence sweep", silenceSweep);
    }
}
