package be.kompas;

import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code kompas serve}: runs the web application until it is stopped. */
@Command(name = "serve", description = "Start the Kompas web application (default: http://localhost:8080).")
class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    /** Spring Boot options such as {@code --server.port=9090} pass through unchanged. */
    @Unmatched
    String[] springArguments = new String[0];

    static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        SpringApplication.run(KompasApplication.class, springArguments);
        serving = true;
        return 0;
    }
}
