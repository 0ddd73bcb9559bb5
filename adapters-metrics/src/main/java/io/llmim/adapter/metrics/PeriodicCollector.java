package io.llmim.adapter.metrics;

/** Work the adapter runs on a schedule of its own, off the request path, until closed. */
interface PeriodicCollector extends AutoCloseable {

    void start();

    @Override
    void close();
}
