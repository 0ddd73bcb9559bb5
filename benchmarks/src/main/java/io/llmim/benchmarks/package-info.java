/** JMH benchmarks of metrics recording and scrape. */
package io.llmim.benchmarks;
