package io.llmim.adapter.metrics;

/**
 * What every guarded decorator holds: the port that records, and the one {@link RecordingGuard} of
 * the process. Each decorator method is the same four steps written out, rather than a generic
 * call through a lambda, because the lambda would capture the arguments and allocate on every call.
 */
abstract class GuardedPort<P> {

    final P recorder;
    final RecordingGuard guard;

    GuardedPort(P recorder, RecordingGuard guard) {
        this.recorder = recorder;
        this.guard = guard;
    }
}
