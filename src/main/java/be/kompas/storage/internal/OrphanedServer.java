package be.kompas.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server of a Kompas that was killed (SIGKILL, out of memory) outlives it, still holding the cluster
 * and its port, and would keep every restart from starting. Once this process holds the data directory's lock, no
 * running Kompas owns that server any more, so it is shut down (cleanly: PostgreSQL finishes what it committed).
 */
final class OrphanedServer {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    static void stopIfRunning(Path cluster) {
        Optional<ProcessHandle> server = postmaster(cluster).filter(ProcessHandle::isAlive)
                .filter(process -> servesCluster(process, cluster));
        if (server.isEmpty()) {
            return;
        }
        LOG.warn("Stopping the PostgreSQL server (pid {}) left running on {} by a Kompas that did not stop cleanly",
                server.get().pid(), cluster);
        // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old Kompas.
        server.get().destroy();
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL server", e);
        }
        catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + server.get().pid() + ") left running on "
                    + cluster + " did not stop; stop it, then start Kompas again.", e);
        }
    }

    /** A stale pid file's number may belong to another program now; only our cluster's server is stopped. */
    private static boolean servesCluster(ProcessHandle process, Path cluster) {
        var info = process.info();
        return info.command().map(command -> command.endsWith("/postgres")).orElse(false)
                && info.commandLine().map(line -> line.contains(" -D " + cluster + " ")).orElse(false);
    }

    /** The first line of {@code postmaster.pid} is the server's process id. */
    private static Optional<ProcessHandle> postmaster(Path cluster) {
        try {
            Path pidFile = cluster.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::valueOf)
                    .flatMap(ProcessHandle::of);
        }
        catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
