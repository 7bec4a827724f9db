package be.kompas.lookups;

import be.kompas.lookups.cli.BenchCommand;
import be.kompas.lookups.cli.GenerateCommand;
import be.kompas.lookups.cli.ScanCommand;
import be.kompas.lookups.cli.StreamCommand;
import picocli.CommandLine.Command;

/** {@code kompas lookups}: the look-up monitoring engine on the command line. */
@Command(name = "lookups", mixinStandardHelpOptions = true,
        description = "Monitoring of police-database look-ups for private misuse.",
        subcommands = { ScanCommand.class, GenerateCommand.class, BenchCommand.class, StreamCommand.class })
public class LookupsCommand {
}
