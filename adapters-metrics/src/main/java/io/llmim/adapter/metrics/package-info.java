/** Driven adapter: Micrometer + Prometheus behind every metrics port, and the /metrics endpoint. */
package io.llmim.adapter.metrics;
