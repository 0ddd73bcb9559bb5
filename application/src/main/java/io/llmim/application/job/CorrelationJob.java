package io.llmim.application.job;

import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.out.CorrelationGroups;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.application.port.out.TextEmbedder;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a new incident into the correlation group of one reported before it that it is probably
 * part of: the same source and category within the correlation window, or the same {@code service}
 * label within it, or, when the model provides embeddings and no rule matched, text similar enough
 * (cosine at least {@value #SIMILAR}) within it. Of the matches it joins the group of the newest
 * that has one, or founds one with the oldest. Only earlier incidents are candidates: their jobs
 * were queued first, so in a storm they are mostly grouped already and the storm becomes one group
 * (later incidents find this one in their own jobs). One job per new incident: it reads up to
 * {@value #CANDIDATES} earlier incidents, {@value #PAGE} at a time with their groups, stopping at the
 * first page with a match in a group, and writes at most two rows.
 */
public record CorrelationJob(IncidentRepository incidents, CorrelationGroups groups, IncidentChanges changes,
                             Duration window, TextEmbedder embedder) implements JobHandler {

    static final String SERVICE_LABEL = "service";
    static final double SIMILAR = 0.9;
    private static final int CANDIDATES = 100;
    private static final int PAGE = 10;
    // Embedding calls cost money: compare with at most this many recent incidents.
    private static final int EMBEDDED_CANDIDATES = 20;

    /** A recent incident this one is related to, and why. */
    private record Match(IncidentSnapshot incident, String reason) {
    }

    @Override
    public void handle(Job job) {
        IncidentId id = IncidentJobs.incidentOf(job);
        IncidentSnapshot incident = incidents.findById(id).map(Incident::snapshot)
                .orElseThrow(() -> new JobFailedException(JobErrorType.VALIDATION_ERROR, "no incident " + id));
        List<Match> matches = new ArrayList<>();
        List<IncidentSnapshot> unmatched = new ArrayList<>();
        // Candidates page by page, newest first: in a storm the newest page already holds a match in
        // a group, which decides, so the job reads a few rows instead of all its candidates.
        PageCursor cursor = PageCursor.after(incident);
        for (int read = 0; read < CANDIDATES && cursor != null; ) {
            List<IncidentSnapshot> page = incidents.list(IncidentFilter.all(), Math.min(PAGE, CANDIDATES - read), cursor).items();
            List<Match> pageMatches = new ArrayList<>();
            boolean pastWindow = false;
            for (IncidentSnapshot other : page) {
                if (Duration.between(other.createdAt(), incident.createdAt()).compareTo(window) > 0) {
                    pastWindow = true;
                    break;
                }
                Optional<String> reason = ruleMatching(incident, other);
                if (reason.isPresent()) {
                    pageMatches.add(new Match(other, reason.get()));
                } else if (unmatched.size() < EMBEDDED_CANDIDATES) {
                    unmatched.add(other);
                }
            }
            Optional<Match> grouped = newestInAGroup(pageMatches);
            if (grouped.isPresent()) {
                join(incident, grouped.get());
                return;
            }
            matches.addAll(pageMatches);
            read += page.size();
            cursor = pastWindow || page.size() < PAGE ? null : PageCursor.after(page.get(page.size() - 1));
        }
        if (matches.isEmpty()) {
            similarText(incident, unmatched).ifPresent(matches::add);
        }
        if (!matches.isEmpty()) {
            join(incident, matches.get(matches.size() - 1)); // none in a group: found one with the oldest
        }
    }

    private void join(IncidentSnapshot incident, Match chosen) {
        changes.alongside(incident.id(), ChangeKind.RELATED, () -> groups.join(incident, chosen.incident(), chosen.reason()));
    }

    private Optional<String> ruleMatching(IncidentSnapshot incident, IncidentSnapshot other) {
        if (other.source().equals(incident.source()) && other.category() == incident.category()) {
            return Optional.of("same source and category within " + window.toSeconds() + " s");
        }
        String service = incident.labels().get(SERVICE_LABEL);
        if (service != null && service.equals(other.labels().get(SERVICE_LABEL))) {
            return Optional.of("same service " + service);
        }
        return Optional.empty();
    }

    /** Matches come newest first: the newest one that is in a group, if any. */
    private Optional<Match> newestInAGroup(List<Match> matches) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        Map<IncidentId, IncidentId> grouped = groups.groupsOf(matches.stream().map(m -> m.incident().id()).toList());
        return matches.stream().filter(m -> grouped.containsKey(m.incident().id())).findFirst();
    }

    private Optional<Match> similarText(IncidentSnapshot incident, List<IncidentSnapshot> candidates) {
        if (candidates.isEmpty() || !(embedder.embed(textOf(incident)) instanceof LlmOutcome.Answered<float[]> mine)) {
            return Optional.empty();
        }
        Match best = null;
        double bestSimilarity = SIMILAR;
        for (IncidentSnapshot other : candidates) {
            if (!(embedder.embed(textOf(other)) instanceof LlmOutcome.Answered<float[]> theirs)) {
                break;
            }
            double similarity = cosine(mine.value(), theirs.value());
            if (similarity >= bestSimilarity) {
                bestSimilarity = similarity;
                best = new Match(other, String.format(Locale.ROOT, "similar text (cosine %.2f)", similarity));
            }
        }
        return Optional.ofNullable(best);
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
}
