package io.llmim.adapter.http;

import io.vertx.core.http.HttpMethod;

/** The incident API's own routes under {@code /v1}: reporting, reading and moving incidents, listing jobs. */
final class IncidentRoutes implements IncidentApi.RouteContribution {

    private final IncidentApiUseCases useCases;

    IncidentRoutes(IncidentApiUseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void mount(IncidentApi.RouteMounter mounter) {
        IncidentHandlers incidents = new IncidentHandlers(useCases, mounter.workers(), mounter.json(), mounter.jsonBody());
        mounter.route(HttpMethod.POST, "/v1/incidents", true, incidents::report);
        mounter.route(HttpMethod.GET, "/v1/incidents", false, incidents::list);
        mounter.route(HttpMethod.GET, "/v1/incidents/:id", false, incidents::get);
        mounter.route(HttpMethod.GET, "/v1/incidents/:id/timeline", false, incidents::timeline);
        mounter.route(HttpMethod.GET, "/v1/incidents/:id/related", false, incidents::related);
        mounter.route(HttpMethod.POST, "/v1/incidents/:id/acknowledge", true, incidents::acknowledge);
        mounter.route(HttpMethod.POST, "/v1/incidents/:id/start", true, incidents::start);
        mounter.route(HttpMethod.POST, "/v1/incidents/:id/resolve", true, incidents::resolve);
        mounter.route(HttpMethod.POST, "/v1/incidents/:id/close", true, incidents::close);
        mounter.route(HttpMethod.POST, "/v1/incidents/:id/reopen", true, incidents::reopen);
        mounter.route(HttpMethod.POST, "/v1/incidents/:id/analysis", true, incidents::analyze);
        mounter.route(HttpMethod.GET, "/v1/jobs", false, incidents::jobs);
    }
}
