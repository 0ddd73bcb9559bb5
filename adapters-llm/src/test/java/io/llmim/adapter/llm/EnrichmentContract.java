package io.llmim.adapter.llm;

import io.llmim.application.port.out.IncidentClassifier;
import io.llmim.application.port.out.IncidentEnricher;
import io.llmim.application.port.out.RootCauseAnalyst;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.application.incident.AnalyzeIncidentService;
import io.llmim.application.incident.EnrichIncidentService;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.application.testing.RecordingMetricsPort;
import io.llmim.domain.Incident;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the enrichment and analysis use cases do, whichever adapter answers: swapping the OpenAI or
 * Anthropic adapter, the rules or an in-memory stub changes no use case's contract.
 */
abstract class EnrichmentContract {

    private final InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
    private final MutableClock clock = MutableClock.at("2026-08-01T10:00:00Z");
    private final RecordingMetricsPort metrics = new RecordingMetricsPort();

    /** The adapter under test, ready to answer one classification, one enrichment and one analysis. */
    protected abstract <T extends IncidentClassifier & IncidentEnricher & RootCauseAnalyst> T answering()
            throws Exception;

    /** The adapter under test, ready to answer one root-cause analysis. */
    protected abstract RootCauseAnalyst analysing() throws Exception;

    /** The classifier name the adapter signs its verdicts with. */
    protected abstract String classifierName();

    protected void release() throws Exception {
    }

    @BeforeEach
    void noop() {
    }

    @AfterEach
    void closeAdapter() throws Exception {
        release();
    }

    private IncidentChanges changes() {
        return new IncidentChanges(incidents, UnitOfWork.none(), new IncidentClock(clock), metrics);
    }

    private <T extends IncidentClassifier & IncidentEnricher & RootCauseAnalyst> Incident enriched(Incident incident)
            throws Exception {
        incidents.add(incident);
        T adapter = answering();
        new EnrichIncidentService(incidents, adapter, adapter, changes()).enrich(incident.id());
        return incidents.findById(incident.id()).orElseThrow();
    }

    @Test
    void an_unclassified_incident_ends_classified_by_the_adapter_and_enriched() throws Exception {
        Incident incident = enriched(anIncident().from(anEvent().unclassified()
                .withTitle("Jailbreak attempt detected on chat")).build());

        List<TimelineEntry> timeline = incidents.timeline(incident.id());
        assertThat(incident.classifiedBy()).isIn(classifierName(), "rules");
        assertThat(timeline).extracting(TimelineEntry::kind).contains(TimelineEntryKind.ENRICHED);
        assertThat(timeline).filteredOn(e -> e.kind() == TimelineEntryKind.ENRICHED)
                .allSatisfy(e -> assertThat(e.detail()).isNotBlank());
    }

    @Test
    void what_the_sender_classified_is_never_reclassified() throws Exception {
        Incident incident = enriched(anIncident().from(anEvent()).build());

        assertThat(incident.classifiedBy()).isNull();
        assertThat(incidents.timeline(incident.id())).extracting(TimelineEntry::kind)
                .doesNotContain(TimelineEntryKind.CLASSIFIED);
    }

    @Test
    void an_analysis_lands_on_the_timeline() throws Exception {
        Incident incident = anIncident().build();
        incidents.add(incident);
        new AnalyzeIncidentService(incidents, analysing(), Runnable::run, changes()).request(incident.id());

        assertThat(incidents.timeline(incident.id())).extracting(TimelineEntry::kind)
                .contains(TimelineEntryKind.ANALYZED);
    }
}
