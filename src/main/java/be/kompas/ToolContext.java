package be.kompas;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Kompas started headless and quiet for one command-line tool: no web server, demo data, jobs or event resubmission.
 * Only the options that say where the data is pass through from the command line.
 */
final class ToolContext {

    /** For a tool's help text. */
    static final String OPTIONS_HELP = "Options: --kompas.data-dir=DIR, --kompas.embedded-db.port=PORT (when none"
            + " runs), --spring.datasource.url=..., --spring.datasource.username=..., --spring.datasource.password=...";

    /** Without migrations, and sharing the database of a Kompas that already runs on the data directory. */
    static final List<String> READ_ONLY = List.of("--kompas.embedded-db.join-running=true",
            "--spring.flyway.enabled=false");

    private static final List<String> FIXED_ARGUMENTS = List.of("--kompas.demo.enabled=false",
            "--kompas.scheduling.enabled=false", "--spring.modulith.events.republish-outstanding-events-on-restart=false",
            "--spring.main.banner-mode=off", "--spring.main.log-startup-info=false", "--logging.level.root=WARN",
            "--logging.level.be.kompas=WARN",
            // A failed start is reported by the tool in one line, not as Spring Boot's stack trace.
            "--logging.level.org.springframework.boot.SpringApplication=OFF",
            "--logging.level.org.springframework.boot.diagnostics=OFF",
            "--logging.level.org.springframework.context=ERROR");

    private static final List<String> PASSED_THROUGH = List.of("--kompas.data-dir=", "--kompas.embedded-db.port=",
            "--spring.datasource.");

    private ToolContext() {
    }

    static void requireKnown(CommandSpec spec, List<String> options) {
        for (String option : options) {
            if (PASSED_THROUGH.stream().noneMatch(option::startsWith)) {
                throw new ParameterException(spec.commandLine(), "Unknown option: " + option);
            }
        }
    }

    /** The value of {@code --name=value} among the options, if given. */
    static java.util.Optional<String> option(List<String> options, String name) {
        return options.stream().filter(option -> option.startsWith("--" + name + "="))
                .map(option -> option.substring(name.length() + 3)).reduce((first, last) -> last);
    }

    static ConfigurableApplicationContext start(List<String> toolArguments, List<String> options) {
        return new SpringApplicationBuilder(KompasApplication.class).web(WebApplicationType.NONE)
                .run(Stream.of(FIXED_ARGUMENTS, toolArguments, options).flatMap(List::stream).toArray(String[]::new));
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
