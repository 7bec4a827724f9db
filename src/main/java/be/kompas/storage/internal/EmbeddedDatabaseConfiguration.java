package be.kompas.storage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import be.kompas.storage.StorageSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts PostgreSQL from the binaries shipped in Maven, with its cluster in {@code <data-dir>/postgres}, unless an
 * external server is configured with {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    /** The cluster's directory below the data directory. */
    static final String CLUSTER_DIRECTORY = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(StorageSettings settings) {
        Path dataDir = settings.dataDir();
        var lock = DataDirectoryLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            var port = DataDirectoryLock.runningPort(dataDir);
            if (settings.embeddedDb().joinRunning() && port.isPresent()) {
                LOG.info("Using the database of the Kompas already running on {} (port {})", dataDir, port.get());
                return new EmbeddedServer(null, null, port.get());
            }
            throw new DataDirectoryInUseException(dataDir);
        }
        try {
            OrphanedServer.stopIfRunning(dataDir.resolve(CLUSTER_DIRECTORY));
            requireFreePort(settings.embeddedDb().port());
            boolean durable = settings.embeddedDb().durable();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve(CLUSTER_DIRECTORY))
                    .setCleanDataDirectory(false)
                    .setPort(settings.embeddedDb().port())
                    .setServerConfig("listen_addresses", "localhost")
                    // The library's defaults suit throw-away test databases (it passes -F, fsync off, and turns
                    // synchronous commits off); these settings come after them and win, so that a committed record
                    // survives a crash of the machine.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The context stops the server after the beans that still need it (the event registry writes
                    // on close); a hook of its own would race them at exit.
                    .setRegisterShutdownHook(false)
                    .start();
            lock.get().recordPort(postgres.getPort());
            LOG.info("Embedded PostgreSQL listens on localhost:{} (user postgres, database postgres), cluster in {}",
                    postgres.getPort(), dataDir.resolve(CLUSTER_DIRECTORY).toAbsolutePath().normalize());
            return new EmbeddedServer(postgres, lock.get(), postgres.getPort());
        }
        catch (IOException | RuntimeException e) {
            closeQuietly(lock.get());
            throw e instanceof IOException io
                    ? new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, io)
                    : (RuntimeException) e;
        }
    }

    /**
     * A server of another program on the port would answer the start-up check in place of ours, and Kompas would
     * silently use that program's database.
     */
    private static void requireFreePort(int port) {
        if (port == 0) {
            return;
        }
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        }
        catch (IOException e) {
            // Without the cause: "Address already in use" says less than this message.
            throw new IllegalStateException("The port " + port + " for the embedded PostgreSQL is in use by another"
                    + " program. Choose a free one with --kompas.embedded-db.port=...");
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + server.port() + "/postgres");
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("kompas");
        config.addDataSourceProperty("ApplicationName", "kompas");
        return new HikariDataSource(config);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        }
        catch (Exception e) {
            LOG.debug("Ignoring failure to close {}", closeable, e);
        }
    }

    /** The running server and the lock that guards its files; a joined server owns neither. */
    record EmbeddedServer(@Nullable EmbeddedPostgres postgres, @Nullable DataDirectoryLock lock, int port) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
            if (lock != null) {
                lock.close();
            }
        }
    }
}
