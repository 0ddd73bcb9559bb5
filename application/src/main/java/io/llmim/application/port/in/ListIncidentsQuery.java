package io.llmim.application.port.in;

import io.llmim.domain.InvalidIncidentDataException;

/** Lists incidents newest first, filtered, one page at a time. */
public interface ListIncidentsQuery {

    int MAX_PAGE_SIZE = 100;
    int DEFAULT_PAGE_SIZE = 20;

    /**
     * @param after the {@code nextCursor} of the previous page, or null for the first page
     * @throws InvalidIncidentDataException when {@code limit} is outside 1..{@value #MAX_PAGE_SIZE}
     */
    IncidentPage list(IncidentFilter filter, int limit, PageCursor after);

    /** @throws InvalidIncidentDataException naming {@code limit} when it is outside 1..{@value #MAX_PAGE_SIZE} */
    static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidIncidentDataException("limit", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return limit;
    }
}
