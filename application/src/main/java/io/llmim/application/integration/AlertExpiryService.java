package io.llmim.application.integration;

import io.llmim.application.port.in.ExpireAlertsUseCase;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.domain.IncidentId;

import java.time.Clock;
import java.util.List;

/**
 * Alertmanager's resolve timeout, done durably: the store marks the ended members resolved, a
 * batch of incidents at a time, and each incident left without a firing member resolves as it
 * would had its last alert been sent resolved.
 */
public record AlertExpiryService(AlertMemberRepository members, AlertmanagerIngestService alertGroups, Clock clock)
        implements ExpireAlertsUseCase {

    private static final int BATCH = 500;

    @Override
    public int expire() {
        int expired = 0;
        List<IncidentId> batch;
        do {
            batch = members.resolveEndedMembers(clock.instant(), BATCH);
            batch.forEach(incident -> alertGroups.resolveWhenNoMemberFires(incident,
                    "every alert of the group ended without a repeat"));
            expired += batch.size();
        } while (batch.size() == BATCH);
        return expired;
    }
}
