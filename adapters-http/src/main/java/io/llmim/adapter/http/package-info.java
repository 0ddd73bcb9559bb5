/** Driving adapter: the Vert.x Web REST API, integrations, HTTP metrics handler, health and readiness. */
package io.llmim.adapter.http;
