package io.llmim.bootstrap;

/** The version the jar was built as (from its manifest), or "development" when run from classes. */
final class Version {

    private Version() {
    }

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
