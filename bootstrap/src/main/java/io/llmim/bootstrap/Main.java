package io.llmim.bootstrap;

import io.llmim.application.settings.InvalidSettingException;
import io.llmim.bootstrap.config.AppConfig;
import io.llmim.bootstrap.config.ConfigLoader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar llm-incident-manager.jar [--config FILE] [--help] [--version]}. Exit status 2
 * for a bad command line or configuration; on SIGTERM the service stops gracefully and the JVM
 * exits with 143 (128 + SIGTERM), as for any signalled Java process.
 */
public final class Main {

    static final int USAGE_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
    }

    /** Runs the command; a negative result means the service is running and the JVM must stay up. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Optional<Path> configFile = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(help());
                    return 0;
                }
                case "--version", "-V" -> {
                    out.println("llm-incident-manager " + Version.current());
                    return 0;
                }
                case "--config", "-c" -> {
                    if (i + 1 >= args.length) {
                        err.println("error: --config needs a file name (see --help)");
                        return USAGE_ERROR;
                    }
                    configFile = Optional.of(Path.of(args[++i]));
                }
                default -> {
                    err.println("error: unknown argument '" + args[i] + "' (see --help)");
                    return USAGE_ERROR;
                }
            }
        }
        AppConfig config;
        try {
            config = new ConfigLoader().load(configFile, env);
        } catch (InvalidSettingException e) {
            err.println("config error: " + e.getMessage());
            return USAGE_ERROR;
        }
        try {
            IncidentManager manager = IncidentManager.start(config, env, Adapters.configured());
            Duration grace = Duration.ofSeconds(config.server().shutdownGraceSeconds());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> manager.stop(grace), "llmim-shutdown"));
            return -1;
        } catch (Exception e) {
            err.println("error: the service could not start: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static String help() {
        StringBuilder text = new StringBuilder("""
                LLM Incident Manager: incidents from LLM infrastructure, deduplicated, classified, measured.

                usage: java -jar llm-incident-manager.jar [--config FILE]
                       java -jar llm-incident-manager.jar --help | --version

                  --config FILE   TOML configuration; every key is optional (defaults below)
                  --help          this text
                  --version       the version

                Any key can also be set from the environment as LLMIM_<SECTION>_<KEY>, upper case,
                dots as underscores (e.g. LLMIM_SERVER_LISTEN_ADDRESS, LLMIM_STORAGE_URL); lists are
                comma-separated. Secrets are never in the file: [storage] password_env, [auth] tokens_env
                and [llm] api_key_env name the environment variables that hold them.

                Defaults:
                """);
        new ConfigLoader().flatDefaults().forEach((key, value) ->
                text.append("  ").append(key).append(" = ").append(value).append('\n'));
        return text.toString();
    }
}
