/** JMH benchmarks of metrics recording and scrape, and the bare Vert.x server of the load benchmark. */
package io.llmim.benchmarks;
