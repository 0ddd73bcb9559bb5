package io.llmim.adapter.persistence;

import io.llmim.application.port.in.ReportOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

class PostgresConcurrencyTest extends ConcurrencyContract {

    @Override
    protected String newDatabaseUrl() {
        return Stores.newPostgresUrl();
    }

    @Test
    void two_instances_sharing_the_database_count_a_hot_fingerprint_exactly() throws Exception {
        try (JdbcIncidentStore secondInstance = Stores.open(url)) {
            List<ReportOutcome> outcomes = hammer(List.of(report, reportingInto(secondInstance)), HOT_THREADS,
                    HOT_REPORTS_PER_THREAD);

            assertEveryReportCounted(outcomes, HOT_THREADS * HOT_REPORTS_PER_THREAD);
        }
    }
}
