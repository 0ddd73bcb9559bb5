package io.llmim.application.port.in;

/**
 * The background side of silences, run every few seconds on every instance (safe at once on
 * several): ends the silences tied to incidents that resolved, and reports the gauge of silences by state.
 */
public interface SweepSilencesUseCase {

    /** One pass; returns how many tied silences it ended. */
    int sweep();
}
