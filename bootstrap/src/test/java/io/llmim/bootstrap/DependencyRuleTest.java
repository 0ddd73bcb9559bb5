package io.llmim.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hexagon's dependency rule: dependencies point inward (adapters -> application -> domain),
 * adapters never know each other, and only bootstrap knows them all.
 */
class DependencyRuleTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(DependencyRuleTest::isNotTestCode)
            .importPackages("io.llmim");

    private static final String[] PORTS = {"io.llmim.application.port.in..", "io.llmim.application.port.out.."};
    // The application's capabilities: the services behind the ports, wired only by bootstrap.
    private static final String[] SERVICES = {"io.llmim.application.incident..", "io.llmim.application.integration..",
            "io.llmim.application.job.."};

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
    void the_ports_are_the_contract_and_know_no_service() {
        noClasses().that().resideInAnyPackage(PORTS)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES)
                .check(PRODUCTION);
    }

    @Test
    void adapters_reach_the_application_only_through_its_ports() {
        noClasses().that().resideInAPackage("io.llmim.adapter..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES)
                .check(PRODUCTION);
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
