package io.llmim.application.testing;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.out.JobStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The reference {@link JobStore}: the same rules as the JDBC one, in a map under one lock. */
public class InMemoryJobStore implements JobStore {

    private record Entry(Job job, Instant leaseUntil, long sequence) {
    }

    private final Map<String, Entry> jobs = new HashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, Instant> deliveries = new HashMap<>();
    private long sequence;

    @Override
    public synchronized boolean enqueue(Job.NewJob job) {
        if (job.key() != null && !keys.add(job.key())) {
            return false;
        }
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Entry(new Job(id, job.type(), job.queue(), job.payload(), 0, job.runAt(), JobStatus.QUEUED, null),
                null, sequence++));
        return true;
    }

    @Override
    public synchronized Optional<Job> claimNext(JobQueue queue, Instant now, Duration lease) {
        Optional<Entry> due = jobs.values().stream()
                .filter(e -> e.job().queue() == queue)
                .filter(e -> (e.job().status() == JobStatus.QUEUED && !e.job().runAt().isAfter(now))
                        || (e.job().status() == JobStatus.RUNNING && !e.leaseUntil().isAfter(now)))
                .min(Comparator.comparing((Entry e) -> e.job().runAt()).thenComparingLong(Entry::sequence));
        return due.map(e -> {
            Job j = e.job();
            Job claimed = new Job(j.id(), j.type(), j.queue(), j.payload(), j.attempts() + 1, j.runAt(),
                    JobStatus.RUNNING, j.lastError());
            jobs.put(j.id(), new Entry(claimed, now.plus(lease), e.sequence()));
            return claimed;
        });
    }

    @Override
    public synchronized boolean renew(Job claim, Instant leaseUntil) {
        if (!holds(claim)) {
            return false;
        }
        Entry e = jobs.get(claim.id());
        jobs.put(claim.id(), new Entry(e.job(), leaseUntil, e.sequence()));
        return true;
    }

    @Override
    public synchronized boolean complete(Job claim) {
        return change(claim, JobStatus.DONE, null, null);
    }

    @Override
    public synchronized boolean retry(Job claim, Instant runAt, String error) {
        return change(claim, JobStatus.QUEUED, runAt, error);
    }

    /** Deletes the deliveries recorded before {@code before}; returns how many. */
    synchronized int deleteDeliveries(Instant before) {
        int count = deliveries.size();
        deliveries.values().removeIf(at -> at.isBefore(before));
        return count - deliveries.size();
    }

    /** Deletes the jobs in {@code status} last due before {@code dueBefore}; returns how many. */
    synchronized int deleteFinished(JobStatus status, Instant dueBefore) {
        int before = jobs.size();
        jobs.values().removeIf(e -> e.job().status() == status && e.job().runAt().isBefore(dueBefore));
        return before - jobs.size();
    }

    @Override
    public synchronized boolean bury(Job claim, String error) {
        return change(claim, JobStatus.DEAD, null, error);
    }

    @Override
    public synchronized boolean revive(String id, Instant runAt) {
        Entry entry = jobs.get(id);
        if (entry == null || entry.job().status() != JobStatus.DEAD) {
            return false;
        }
        Job j = entry.job();
        jobs.put(id, new Entry(new Job(id, j.type(), j.queue(), j.payload(), 0, runAt, JobStatus.QUEUED, j.lastError()),
                null, entry.sequence()));
        return true;
    }

    private boolean holds(Job claim) {
        Job j = jobs.get(claim.id()).job();
        return j.status() == JobStatus.RUNNING && j.attempts() == claim.attempts();
    }

    private boolean change(Job claim, JobStatus status, Instant runAt, String error) {
        if (!holds(claim)) {
            return false;
        }
        Entry e = jobs.get(claim.id());
        Job j = e.job();
        jobs.put(j.id(), new Entry(new Job(j.id(), j.type(), j.queue(), j.payload(), j.attempts(),
                runAt == null ? j.runAt() : runAt, status, error == null ? j.lastError() : error), null, e.sequence()));
        return true;
    }

    @Override
    public synchronized boolean recordDelivery(String idempotencyKey, Instant at) {
        return deliveries.putIfAbsent(idempotencyKey, at) == null;
    }

    @Override
    public synchronized boolean isDelivered(String idempotencyKey) {
        return deliveries.containsKey(idempotencyKey);
    }

    @Override
    public synchronized QueueStats stats(JobQueue queue, Instant now) {
        List<Job> waiting = jobs.values().stream().map(Entry::job)
                .filter(j -> j.queue() == queue && j.status() == JobStatus.QUEUED && !j.runAt().isAfter(now)).toList();
        Duration oldest = waiting.stream().map(j -> Duration.between(j.runAt(), now)).max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
        return new QueueStats(waiting.size(), oldest);
    }

    @Override
    public synchronized List<Job> list(JobStatus status, int limit) {
        return jobs.values().stream().filter(e -> e.job().status() == status)
                .sorted(Comparator.comparingLong(Entry::sequence).reversed()).limit(limit).map(Entry::job).toList();
    }
}
