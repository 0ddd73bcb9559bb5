/** Driven adapter: LLM provider clients, retries, circuit breaker, token and cost accounting. */
package io.llmim.adapter.llm;
