package be.kompas;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import be.kompas.audit.AuditTrail;
import be.kompas.audit.ChainVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code kompas audit}: the audit trail on the command line. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The tamper-evident audit trail.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int UNAVAILABLE = 3;

    /** {@code kompas audit verify}: re-computes the hash chain, next to a running Kompas or on its own. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = { "Re-compute the audit trail's hash chain and report the first broken entry.",
                    "Uses the database of a Kompas running on the same data directory, or starts it if none runs.",
                    "Options: --kompas.data-dir=DIR, --kompas.embedded-db.port=PORT (when none runs),"
                            + " --spring.datasource.url=..., --spring.datasource.username=...,"
                            + " --spring.datasource.password=..." },
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = { "0:the trail is intact", "1:the trail is broken", "2:wrong options",
                    "3:the database could not be opened" })
    static class Verify implements Callable<Integer> {

        /** Headless, quiet and read-only: no web server, demo data, jobs, migrations or event resubmission. */
        private static final List<String> FIXED_ARGUMENTS = List.of("--kompas.demo.enabled=false",
                "--kompas.embedded-db.join-running=true", "--kompas.scheduling.enabled=false",
                "--spring.flyway.enabled=false", "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--spring.main.banner-mode=off", "--spring.main.log-startup-info=false", "--logging.level.root=WARN",
                "--logging.level.be.kompas=WARN",
                // A failed start is reported below in one line, not as Spring Boot's stack trace.
                "--logging.level.org.springframework.boot.SpringApplication=OFF",
                "--logging.level.org.springframework.boot.diagnostics=OFF",
                "--logging.level.org.springframework.context=ERROR");

        private static final List<String> PASSED_THROUGH = List.of("--kompas.data-dir=", "--kompas.embedded-db.port=",
                "--spring.datasource.");

        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> options = new ArrayList<>();

        @Override
        public Integer call() {
            for (String option : options) {
                if (PASSED_THROUGH.stream().noneMatch(option::startsWith)) {
                    throw new ParameterException(spec.commandLine(), "Unknown option: " + option);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ChainVerification verification;
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KompasApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(Stream.concat(FIXED_ARGUMENTS.stream(), options.stream()).toArray(String[]::new))) {
                verification = context.getBean(AuditTrail.class).verify();
            }
            catch (RuntimeException e) {
                err.println("Cannot open the Kompas database: " + rootMessage(e));
                err.flush();
                return UNAVAILABLE;
            }
            int exit = report(verification, out);
            out.flush();
            return exit;
        }

        private static String rootMessage(Throwable e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return String.valueOf(cause.getMessage());
        }
    }

    static int report(ChainVerification verification, PrintWriter out) {
        if (verification.intact()) {
            out.printf("Audit trail intact: %d entries checked.%n", verification.entriesChecked());
            return INTACT;
        }
        out.printf("Audit trail BROKEN at entry #%d: %s%n", verification.firstBroken(), verification.problem());
        return BROKEN;
    }
}
