package be.kompas;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** One run of {@code bin/kompas} in this JVM, with what it printed: {@code CommandLineRun.of("audit", "verify")}. */
public record CommandLineRun(int exit, String out, String err) {

    public static CommandLineRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = new CommandLine(new KompasCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new CommandLineRun(exit, out.toString(), err.toString());
    }
}
