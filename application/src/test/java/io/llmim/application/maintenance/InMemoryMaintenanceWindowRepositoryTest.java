package io.llmim.application.maintenance;

import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.application.testing.InMemoryMaintenanceWindowRepository;
import io.llmim.application.testing.MaintenanceWindowRepositoryContract;

class InMemoryMaintenanceWindowRepositoryTest extends MaintenanceWindowRepositoryContract {

    @Override
    protected MaintenanceWindowRepository emptyRepository() {
        return new InMemoryMaintenanceWindowRepository();
    }
}
