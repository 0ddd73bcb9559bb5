/** Driven adapter: JDBC storage on SQLite (embedded default) and PostgreSQL (several instances). */
package io.llmim.adapter.persistence;
