package io.llmim.application.port.in;

/**
 * Resolves the alerts whose end has passed without a repeat (Prometheus stopped sending them, or an
 * alert posted without an end outlived {@code resolve_timeout}), and the incidents none of whose
 * alerts fires any longer. Run in the background every few seconds; safe to run from several
 * instances at once.
 */
public interface ExpireAlertsUseCase {

    /** Expires what has ended by now; returns how many incidents had alerts expired. */
    int expire();
}
