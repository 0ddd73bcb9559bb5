package io.llmim.application.port.in;

/** No maintenance window has this id. */
public final class MaintenanceWindowNotFoundException extends RuntimeException {

    public MaintenanceWindowNotFoundException(String id) {
        super("no maintenance window with id " + id, null, false, false);
    }
}
