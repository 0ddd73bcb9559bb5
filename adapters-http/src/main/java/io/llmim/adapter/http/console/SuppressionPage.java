package io.llmim.adapter.http.console;

import io.llmim.application.port.in.MaintenanceWindowNotFoundException;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase;
import io.llmim.application.port.in.ManageSilencesUseCase;
import io.llmim.application.port.in.SilenceNotFoundException;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * What mutes incidents: the silences (as {@code /api/v2/silences} lists them) with a button to
 * expire each that has not ended, and the maintenance windows with a button to delete each and a
 * form to create one.
 */
final class SuppressionPage {

    private final ManageSilencesUseCase silences;
    private final ManageMaintenanceWindowsUseCase windows;
    private final ConsoleView view;

    SuppressionPage(ManageSilencesUseCase silences, ManageMaintenanceWindowsUseCase windows, ConsoleView view) {
        this.silences = silences;
        this.windows = windows;
        this.view = view;
    }

    void page(RoutingContext ctx) {
        view.blocking(ctx, () -> shown(WindowForm.empty()), shown -> view.html(ctx, 200, "silences.jte", shown));
    }

    void createWindow(RoutingContext ctx) {
        WindowForm form = WindowForm.from(ctx.request()::getFormAttribute);
        view.form(ctx, () -> windows.create(form.toDraft(ConsoleView.ACTOR)),
                created -> view.seeOther(ctx, "/silences"),
                problem -> view.blocking(ctx, () -> shown(form.refused(problem)),
                        shown -> view.html(ctx, problem.status(), "silences.jte", shown)));
    }

    private SuppressionView shown(WindowForm form) {
        return new SuppressionView(view.chrome("Silences", "silences"), silences.list(List.of()), windows.list(null),
                windows.now(), form);
    }

    void expire(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        thenBack(ctx, "silence " + id, () -> silences.expire(id));
    }

    void deleteWindow(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        thenBack(ctx, "maintenance window " + id, () -> windows.delete(id));
    }

    // Back to this page once done; an id that names nothing is a 404 page, as the API's would be.
    private void thenBack(RoutingContext ctx, String what, Runnable action) {
        view.blocking(ctx, () -> {
            try {
                action.run();
            } catch (SilenceNotFoundException | MaintenanceWindowNotFoundException e) {
                throw new NoSuchPage("no " + what);
            }
            return what;
        }, done -> view.seeOther(ctx, "/silences"));
    }
}
