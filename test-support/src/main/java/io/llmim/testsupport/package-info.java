/**
 * Test support that knows nothing of the application: finding and running system programs on
 * loopback. The application's own fixtures (in-memory adapters, contract suites, builders) are in
 * the application test-jar, package {@code io.llmim.application.testing}.
 */
package io.llmim.testsupport;
