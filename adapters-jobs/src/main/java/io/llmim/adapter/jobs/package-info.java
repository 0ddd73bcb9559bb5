/** Driving adapter: the job runtime that drains the durable queues through {@link io.llmim.application.port.in.RunJobsUseCase}. */
package io.llmim.adapter.jobs;
