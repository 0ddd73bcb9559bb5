package io.llmim.application.job;

import io.llmim.application.port.in.RelatedIncidentsQuery;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.out.IncidentLinkRepository;
import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.application.port.out.TextEmbedder;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Links a new incident to the recent ones it is probably part of: the same source and category
 * within the correlation window, or the same {@code service} label within it, or, when the model
 * provides embeddings, text similar enough (cosine at least {@value #SIMILAR}) within it.
 */
public final class CorrelationJob implements JobHandler, RelatedIncidentsQuery {

    static final String SERVICE_LABEL = "service";
    static final double SIMILAR = 0.9;
    private static final int CANDIDATES = 100;
    // Embedding calls cost money: compare with at most this many recent incidents.
    private static final int EMBEDDED_CANDIDATES = 20;

    private final IncidentRepository incidents;
    private final IncidentLinkRepository links;
    private final Duration window;
    private final TextEmbedder embedder;

    public CorrelationJob(IncidentRepository incidents, IncidentLinkRepository links, Duration window,
                          TextEmbedder embedder) {
        this.incidents = incidents;
        this.links = links;
        this.window = window;
        this.embedder = embedder;
    }

    @Override
    public void handle(Job job) {
        IncidentId id = IncidentJobs.incidentOf(job);
        IncidentSnapshot incident = incidents.findById(id).map(Incident::snapshot)
                .orElseThrow(() -> new JobFailedException(JobErrorType.VALIDATION_ERROR, "no incident " + id));
        List<IncidentLink> related = new ArrayList<>();
        List<IncidentSnapshot> unlinked = new ArrayList<>();
        for (IncidentSnapshot other : incidents.list(IncidentFilter.all(), CANDIDATES, null).items()) {
            if (other.id().equals(id) || Duration.between(other.createdAt(), incident.createdAt()).abs().compareTo(window) > 0) {
                continue;
            }
            if (other.source().equals(incident.source()) && other.category() == incident.category()) {
                related.add(new IncidentLink(other.id(), "same source and category within " + window.toSeconds() + " s"));
            } else if (incident.labels().containsKey(SERVICE_LABEL)
                    && incident.labels().get(SERVICE_LABEL).equals(other.labels().get(SERVICE_LABEL))) {
                related.add(new IncidentLink(other.id(), "same service " + incident.labels().get(SERVICE_LABEL)));
            } else if (unlinked.size() < EMBEDDED_CANDIDATES) {
                unlinked.add(other);
            }
        }
        related.addAll(similarText(incident, unlinked));
        links.link(id, related);
    }

    private List<IncidentLink> similarText(IncidentSnapshot incident, List<IncidentSnapshot> candidates) {
        List<IncidentLink> similar = new ArrayList<>();
        if (candidates.isEmpty() || !(embedder.embed(textOf(incident)) instanceof LlmOutcome.Answered<float[]> mine)) {
            return similar;
        }
        for (IncidentSnapshot other : candidates) {
            if (!(embedder.embed(textOf(other)) instanceof LlmOutcome.Answered<float[]> theirs)) {
                break;
            }
            double similarity = cosine(mine.value(), theirs.value());
            if (similarity >= SIMILAR) {
                similar.add(new IncidentLink(other.id(), String.format(java.util.Locale.ROOT,
                        "similar text (cosine %.2f)", similarity)));
            }
        }
        return similar;
    }

    private static String textOf(IncidentSnapshot incident) {
        return incident.title() + "\n" + incident.description();
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length || a.length == 0) {
            return 0;
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    @Override
    public List<IncidentLink> related(IncidentId id) {
        return links.related(id);
    }
}
