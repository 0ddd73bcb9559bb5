package io.llmim.application.cluster;

import io.llmim.application.port.out.InstanceRegistry;
import io.llmim.application.testing.InMemoryInstanceRegistry;
import io.llmim.application.testing.InstanceRegistryContract;

class InMemoryInstanceRegistryTest extends InstanceRegistryContract {

    @Override
    protected InstanceRegistry emptyRegistry() {
        return new InMemoryInstanceRegistry();
    }
}
