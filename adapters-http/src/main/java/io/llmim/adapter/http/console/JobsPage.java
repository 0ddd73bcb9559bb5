package io.llmim.adapter.http.console;

import io.llmim.application.port.in.JobQueuesQuery;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.ListJobsQuery;
import io.llmim.application.port.in.RetryJobUseCase;
import io.vertx.ext.web.RoutingContext;

/** The job queues: how deep each is and how long its oldest job waited, and the dead jobs with a retry button. */
final class JobsPage {

    private static final int DEAD_JOBS_SHOWN = 50;

    private final ListJobsQuery jobs;
    private final RetryJobUseCase retry;
    private final JobQueuesQuery queues;
    private final ConsoleView view;

    JobsPage(ListJobsQuery jobs, RetryJobUseCase retry, JobQueuesQuery queues, ConsoleView view) {
        this.jobs = jobs;
        this.retry = retry;
        this.queues = queues;
        this.view = view;
    }

    void page(RoutingContext ctx) {
        view.blocking(ctx, () -> new JobsView(view.chrome("Jobs", "jobs"), queues.depths(),
                jobs.list(JobStatus.DEAD, DEAD_JOBS_SHOWN)), jobsView -> view.html(ctx, 200, "jobs.jte", jobsView));
    }

    void retry(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        view.blocking(ctx, () -> retry.retry(id), retried -> {
            if (retried) {
                view.seeOther(ctx, "/jobs");
            } else {
                ctx.fail(new NoSuchPage("no dead job " + id));
            }
        });
    }
}
