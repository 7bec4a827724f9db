package be.kompas;

import be.kompas.lookups.LookupsCommand;
import picocli.CommandLine.Command;

/** The root of {@code bin/kompas}: each subcommand is one entry point. */
@Command(name = "kompas", mixinStandardHelpOptions = true, versionProvider = KompasVersion.class,
        description = "Kompas integrity management for police services.",
        subcommands = { ServeCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class,
                LookupsCommand.class })
class KompasCommand {
}
