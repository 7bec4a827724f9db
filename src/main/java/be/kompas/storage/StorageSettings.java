package be.kompas.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir the persistent directory: the embedded database cluster, uploads and demo logins live below it
 * @param embeddedDb the embedded PostgreSQL server, used when no {@code spring.datasource.url} is set
 */
@ConfigurationProperties("kompas")
public record StorageSettings(Path dataDir, EmbeddedDb embeddedDb) {

    /**
     * @param port the port PostgreSQL listens on, on localhost only; 0 picks a free one (tests)
     * @param joinRunning whether a command-line tool may use the server of a Kompas that already runs on this data
     *     directory, instead of refusing to start
     * @param durable whether each commit is flushed to disk (fsync), so that it survives a crash of the machine; only
     *     throw-away test databases turn it off
     */
    public record EmbeddedDb(int port, boolean joinRunning, @DefaultValue("true") boolean durable) {
    }
}
