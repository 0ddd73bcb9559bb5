package io.llmim.application.port.in;

import java.time.Duration;
import java.util.Optional;

/**
 * How fast incidents were answered: the mean time from an incident's creation to its
 * acknowledgement (MTTA) and to its resolution (MTTR), each empty when no incident counted was
 * acknowledged, or resolved.
 */
public record ResponseTimes(Optional<Duration> meanTimeToAcknowledge, Optional<Duration> meanTimeToResolve) {

    public static final ResponseTimes NONE = new ResponseTimes(Optional.empty(), Optional.empty());
}
