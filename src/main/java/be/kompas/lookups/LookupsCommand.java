package be.kompas.lookups;

import picocli.CommandLine.Command;

/** {@code kompas lookups}: the look-up monitoring engine on the command line. */
@Command(name = "lookups", mixinStandardHelpOptions = true,
        description = "Monitoring of police-database look-ups for private misuse.")
public class LookupsCommand {
}
