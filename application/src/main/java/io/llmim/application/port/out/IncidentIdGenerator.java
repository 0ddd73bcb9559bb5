package io.llmim.application.port.out;

import io.llmim.domain.IncidentId;

/** Hands out ids for new incidents; must never repeat one, across processes too. */
public interface IncidentIdGenerator {

    IncidentId next();
}
