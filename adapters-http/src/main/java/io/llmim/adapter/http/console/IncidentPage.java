package io.llmim.adapter.http.console;

import io.llmim.adapter.http.IncidentApiUseCases;
import io.llmim.adapter.http.Problem;
import io.llmim.application.port.in.ManageSilencesUseCase;
import io.llmim.application.port.in.RelatedIncidentsQuery;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.InvalidIncidentDataException;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * One incident: every field, its timeline, related incidents, what the LLM said, and a button for
 * each move the state machine allows from its state (and no other). Moves post back here and return
 * to the page; a refused move shows the API's message next to its form.
 */
final class IncidentPage {

    private final IncidentApiUseCases useCases;
    private final ManageSilencesUseCase silences;
    private final ConsoleView view;

    IncidentPage(IncidentApiUseCases useCases, ManageSilencesUseCase silences, ConsoleView view) {
        this.useCases = useCases;
        this.silences = silences;
        this.view = view;
    }

    void page(RoutingContext ctx) {
        show(ctx, "incident.jte", 200, Refusal.NONE);
    }

    /** The part of the page that changes, for the live refresh. */
    void live(RoutingContext ctx) {
        show(ctx, "detail.jte", 200, Refusal.NONE);
    }

    void move(RoutingContext ctx) {
        IncidentId id = id(ctx);
        String move = ctx.pathParam("move");
        String note = ctx.request().getFormAttribute("note");
        String rootCause = ctx.request().getFormAttribute("root_cause");
        view.form(ctx, () -> {
            switch (move) {
                case "acknowledge" -> useCases.lifecycle().acknowledge(id, ConsoleView.ACTOR);
                case "start" -> useCases.lifecycle().start(id, ConsoleView.ACTOR);
                case "resolve" -> useCases.lifecycle().resolve(id, ConsoleView.ACTOR, blankAsNull(note),
                        blankAsNull(rootCause));
                case "close" -> useCases.lifecycle().close(id, ConsoleView.ACTOR);
                case "reopen" -> useCases.lifecycle().reopen(id, ConsoleView.ACTOR);
                case "analysis" -> useCases.analysis().request(id);
                // One click: a silence of its labels that ends when it resolves, as POST /v1/incidents/{id}/silence.
                case "silence" -> silences.silenceIncident(id, Optional.empty(), "silenced from the console",
                        ConsoleView.ACTOR);
                default -> throw new NoSuchPage("no move " + move);
            }
            return id;
        }, moved -> view.seeOther(ctx, returnTo(ctx, "/incidents/" + id.value())),
                problem -> show(ctx, "incident.jte", problem.status(), new Refusal(move, problem)));
    }

    private void show(RoutingContext ctx, String template, int status, Refusal refusal) {
        IncidentId id = id(ctx);
        view.blocking(ctx, () -> {
            IncidentSnapshot incident = useCases.incidents().get(id);
            return new IncidentView(view.chrome("Incident", "incidents"), incident, useCases.incidents().timeline(id),
                    useCases.related().related(id, RelatedIncidentsQuery.FIRST_PAGE_SIZE, null),
                    useCases.holds().mutedBy(incident), refusal);
        }, incident -> view.html(ctx, status, template, incident));
    }

    private static IncidentId id(RoutingContext ctx) {
        try {
            return new IncidentId(ctx.pathParam("id"));
        } catch (InvalidIncidentDataException e) {
            throw new NoSuchPage("no incident with id " + ctx.pathParam("id"));
        }
    }

    // Back to the list a row's button was pressed in; only a path of this server, never another site.
    private static String returnTo(RoutingContext ctx, String otherwise) {
        String target = ctx.request().getFormAttribute("return_to");
        return target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
                ? target : otherwise;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
