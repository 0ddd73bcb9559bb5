/** Composition root: configuration, wiring of every adapter, process lifecycle. The only module that knows them all. */
package io.llmim.bootstrap;
