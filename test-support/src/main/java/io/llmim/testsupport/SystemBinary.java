package io.llmim.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a system program a test needs (prometheus, promtool, pushgateway, alertmanager, ...).
 * Where it is absent the test is skipped with a clear message on a developer's machine, but fails
 * under {@code CI=true}, where {@code .ci/run} must have installed it.
 */
public final class SystemBinary {

    private SystemBinary() {
    }

    /** The first of {@code names} found on the PATH or in /usr/bin, /usr/sbin, /usr/local/bin. */
    public static Path require(String... names) {
        Optional<Path> found = find(names);
        if (found.isPresent()) {
            return found.get();
        }
        String message = "needs one of " + String.join(", ", names)
                + " on the PATH; .ci/install-system-tools.sh installs it";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + " (CI=true: refusing to skip)");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    public static Optional<Path> find(String... names) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator
                + "/usr/bin:/usr/sbin:/usr/local/bin:/bin";
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
