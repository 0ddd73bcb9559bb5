package io.llmim.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.llmim.application.port.out.GrpcMetrics;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.StreamMetrics;
import io.llmim.application.port.out.SuppressionMetrics;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hexagon's dependency rule: dependencies point inward (adapters -> application -> domain),
 * adapters never know each other, and only bootstrap knows them all. Within the application,
 * {@code port.in} and {@code port.out} are the contract: driving adapters (the HTTP API, the job
 * runtime) call inbound ports, driven adapters implement outbound ports, and the services behind
 * them are wired by bootstrap alone.
 */
class DependencyRuleTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(DependencyRuleTest::isNotTestCode)
            .importPackages("io.llmim");

    private static final String INBOUND_PORTS = "io.llmim.application.port.in..";
    private static final String OUTBOUND_PORTS = "io.llmim.application.port.out..";
    // The application's capabilities: the services behind the ports, wired only by bootstrap.
    private static final String[] SERVICES = {"io.llmim.application.incident..", "io.llmim.application.integration..",
            "io.llmim.application.job..", "io.llmim.application.retention.."};
    // Driving adapters call the application; driven adapters are called by it. adapters-http holds
    // both: its API and integrations drive, its webhook sender is driven.
    private static final String[] HTTP_API = {"io.llmim.adapter.http", "io.llmim.adapter.http.integration",
            "io.llmim.adapter.http.console"};
    private static final String JOB_RUNTIME = "io.llmim.adapter.jobs..";
    private static final String GRPC_API = "io.llmim.adapter.grpc..";
    // The gRPC API (adapters-grpc) drives only.
    private static final String[] DRIVEN_ADAPTERS = {"io.llmim.adapter.persistence..", "io.llmim.adapter.llm..",
            "io.llmim.adapter.metrics..", "io.llmim.adapter.http.webhook.."};

    // The application's test-jar (in-memory store, contract suites) is test code wherever it is resolved from.
    private static boolean isNotTestCode(com.tngtech.archunit.core.importer.Location location) {
        return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }

    @Test
    void the_domain_is_pure_java() {
        classes().that().resideInAPackage("io.llmim.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.llmim.domain..")
                .check(PRODUCTION);
    }

    @Test
    void the_application_knows_no_adapter_and_no_infrastructure() {
        noClasses().that().resideInAPackage("io.llmim.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.llmim.adapter..", "io.llmim.bootstrap..",
                        "io.vertx..", "io.micrometer..", "io.prometheus..",
                        "java.sql..", "javax.sql..", "com.zaxxer..", "org.flywaydb..",
                        "com.fasterxml..", "org.slf4j..")
                .check(PRODUCTION);
    }

    @Test
    void the_application_depends_only_on_java_and_the_domain() {
        classes().that().resideInAPackage("io.llmim.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.llmim.domain..", "io.llmim.application..")
                .check(PRODUCTION);
    }

    @Test
    void inbound_ports_know_no_service() {
        noClasses().that().resideInAPackage(INBOUND_PORTS)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES)
                .check(PRODUCTION);
    }

    @Test
    void outbound_ports_know_no_service() {
        noClasses().that().resideInAPackage(OUTBOUND_PORTS)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES)
                .check(PRODUCTION);
    }

    @Test
    void the_http_api_calls_the_application_only_through_inbound_ports() {
        // HttpMetrics, StreamMetrics and SuppressionMetrics are the outbound ports a driving adapter
        // calls: the API measures its own requests by route template, its own stream connections and
        // the alerts posted to /api/v2/alerts it refused before they reached the application, which
        // only it knows; adapters-metrics implements the ports.
        noClasses().that().resideInAnyPackage(HTTP_API)
                .should().dependOnClassesThat(applicationBeyondInboundPorts().and(not(equivalentTo(HttpMetrics.class)))
                        .and(not(equivalentTo(StreamMetrics.class))).and(not(equivalentTo(SuppressionMetrics.class)))
                        .and(not(equivalentTo(SuppressionMetrics.AlertOutcome.class))))
                .check(PRODUCTION);
    }

    @Test
    void the_grpc_api_calls_the_application_only_through_inbound_ports() {
        // GrpcMetrics is the outbound port it calls: only it knows its calls (grpc_connections_active).
        noClasses().that().resideInAPackage(GRPC_API)
                .should().dependOnClassesThat(applicationBeyondInboundPorts().and(not(equivalentTo(GrpcMetrics.class))))
                .check(PRODUCTION);
    }

    @Test
    void the_job_runtime_knows_only_inbound_ports_and_no_other_adapter() {
        classes().that().resideInAPackage(JOB_RUNTIME)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.llmim.domain..", INBOUND_PORTS,
                        JOB_RUNTIME)
                .check(PRODUCTION);
    }

    @Test
    void driven_adapters_implement_outbound_ports_only() {
        classes().that().resideInAnyPackage(DRIVEN_ADAPTERS).and(implementAnApplicationInterface())
                .should().implement(resideInAPackage(OUTBOUND_PORTS))
                .andShould().notImplement(resideInAPackage(INBOUND_PORTS))
                .check(PRODUCTION);
    }

    @Test
    void driven_adapters_never_call_a_use_case() {
        noClasses().that().resideInAnyPackage(DRIVEN_ADAPTERS)
                .should().dependOnClassesThat(resideInAPackage(INBOUND_PORTS).and(JavaClass.Predicates.INTERFACES))
                .check(PRODUCTION);
    }

    private static DescribedPredicate<JavaClass> applicationBeyondInboundPorts() {
        return resideInAPackage("io.llmim.application..").and(not(resideInAPackage(INBOUND_PORTS)))
                .as("application classes outside port.in");
    }

    private static DescribedPredicate<JavaClass> implementAnApplicationInterface() {
        return DescribedPredicate.describe("implement an application interface", type -> type.getAllRawInterfaces()
                .stream().anyMatch(resideInAPackage("io.llmim.application..")::test));
    }

    @Test
    void adapters_never_depend_on_each_other() {
        slices().matching("io.llmim.adapter.(*)..")
                .should().notDependOnEachOther()
                .check(PRODUCTION);
    }

    @Test
    void only_bootstrap_and_benchmarks_know_the_composition_root_and_adapters() {
        noClasses().that().resideInAnyPackage("io.llmim.domain..", "io.llmim.application..", "io.llmim.adapter..")
                .should().dependOnClassesThat().resideInAPackage("io.llmim.bootstrap..")
                .check(PRODUCTION);
    }
}
