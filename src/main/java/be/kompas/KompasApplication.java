package be.kompas;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

import picocli.CommandLine;

/**
 * Kompas: integrity management for police services.
 * <p>
 * The launcher {@code bin/kompas} calls {@link #main(String[])} with a subcommand; without one, Kompas serves the web
 * application.
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
public class KompasApplication {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] { "serve" } : args;
        int exit = new CommandLine(new KompasCommand()).execute(effective);
        if (exit != 0 || !ServeCommand.isServing()) {
            System.exit(exit);
        }
    }
}
