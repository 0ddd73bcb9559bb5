package io.llmim.adapter.http;

import io.llmim.application.port.in.RetryJobUseCase;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/** {@code POST /v1/jobs/{id}/retry}: a dead job waits in its queue again. */
public final class JobRoutes implements IncidentApi.RouteContribution {

    private final RetryJobUseCase retry;

    public JobRoutes(RetryJobUseCase retry) {
        this.retry = retry;
    }

    @Override
    public void mount(IncidentApi.RouteMounter mounter) {
        mounter.route(HttpMethod.POST, "/v1/jobs/:id/retry", true, ctx -> retry(ctx, mounter));
    }

    private void retry(RoutingContext ctx, IncidentApi.RouteMounter mounter) {
        String id = ctx.pathParam("id");
        mounter.workers().executeBlocking(() -> retry.retry(id), false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else if (result.result()) {
                ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json")
                        .end(mounter.json().createObjectNode().put("id", id).put("status", "queued").toString());
            } else {
                Problem.of(404, "not-found", "Job not found", "no dead job " + id).send(ctx.response(), mounter.json());
            }
        });
    }
}
