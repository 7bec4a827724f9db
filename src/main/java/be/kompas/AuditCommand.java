package be.kompas;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import be.kompas.audit.AuditTrail;
import be.kompas.audit.ChainVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
                    ToolContext.OPTIONS_HELP },
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = { "0:the trail is intact", "1:the trail is broken", "2:wrong options",
                    "3:the database could not be opened" })
    static class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> options = new ArrayList<>();

        @Override
        public Integer call() {
            ToolContext.requireKnown(spec, options);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ChainVerification verification;
            try (ConfigurableApplicationContext context = ToolContext.start(ToolContext.READ_ONLY, options)) {
                verification = context.getBean(AuditTrail.class).verify();
            }
            catch (RuntimeException e) {
                err.println("Cannot open the Kompas database: " + ToolContext.rootMessage(e));
                err.flush();
                return UNAVAILABLE;
            }
            int exit = report(verification, out);
            out.flush();
            return exit;
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
