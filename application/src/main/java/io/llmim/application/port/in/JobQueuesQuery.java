package io.llmim.application.port.in;

import java.time.Duration;
import java.util.List;

/** How deep each job queue is and how long its oldest due job has waited (the queue's lag). */
public interface JobQueuesQuery {

    /** One entry per queue, highest priority first. */
    List<QueueDepth> depths();

    /** The due jobs waiting in one queue and the wait of the oldest of them (zero when none). */
    record QueueDepth(JobQueue queue, long waiting, Duration oldestWait) {
    }
}
