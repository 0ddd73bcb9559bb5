package io.llmim.adapter.llm;

import java.time.Duration;

/** Waits between retries; tests substitute one that records the pauses instead of waiting. */
interface Pauser {

    void pause(Duration duration) throws InterruptedException;

    static Pauser sleeping() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
