package io.llmim.application.port.in;

import io.llmim.domain.IncidentId;
import io.llmim.domain.InvalidIncidentDataException;

/**
 * The incidents correlation grouped with this one, with the reason each joined, newest first and
 * one bounded page at a time: an alert storm groups thousands.
 */
public interface RelatedIncidentsQuery {

    /** How many related incidents {@code GET /v1/incidents/{id}} shows before pointing to the rest. */
    int FIRST_PAGE_SIZE = 20;

    /**
     * @param after the {@code nextCursor} of the previous page, or null for the first page
     * @throws IncidentNotFoundException when no incident has this id
     * @throws InvalidIncidentDataException when {@code limit} is outside 1..{@value ListIncidentsQuery#MAX_PAGE_SIZE}
     */
    RelatedIncidents related(IncidentId id, int limit, PageCursor after);
}
