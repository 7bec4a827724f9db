package be.kompas.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.KompasApplication;
import be.kompas.demo.DemoLogins;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The data directory as an operator meets it: data survives a restart, and two instances never share it. */
class DataDirectoryIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAndDemoLoginsAcrossARestart() {
        String firstPassword;
        try (var first = start(dataDir)) {
            firstPassword = first.getBean(DemoLogins.class).byUsername("demo.coordinator").orElseThrow().password();
            jdbc(first).sql("insert into organisation (id, code, name, kind) values (gen_random_uuid(), 'kept', 'Kept',"
                    + " 'LOCAL_ZONE')").update();
        }
        try (var second = start(dataDir)) {
            assertThat(jdbc(second).sql("select count(*) from organisation where code in ('demo', 'kept')")
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc(second).sql("select count(*) from organisation where code = 'demo'").query(Long.class)
                    .single()).isOne();
            assertThat(second.getBean(DemoLogins.class).byUsername("demo.coordinator").orElseThrow().password())
                    .isEqualTo(firstPassword);
        }
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
    }

    @Test
    void refusesASecondInstanceOnTheSameDataDirectory() {
        try (var first = start(dataDir)) {
            assertThatThrownBy(() -> start(dataDir)).hasRootCauseMessage("The data directory "
                    + dataDir.toAbsolutePath().normalize() + " is already in use by another running Kompas. Stop that"
                    + " one first, or start this one with another directory (--kompas.data-dir=...).");
            assertThat(jdbc(first).sql("select count(*) from organisation").query(Long.class).single()).isPositive();
        }
    }

    /** As after a SIGKILL of Kompas: its PostgreSQL server still runs on the cluster and holds the port. */
    @Test
    void stopsTheServerThatAKilledKompasLeftRunningAndStarts() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process orphan = orphanedServer(dataDir.resolve("postgres"), port);
        try (var app = start(dataDir, "--kompas.embedded-db.port=" + port)) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(jdbc(app).sql("select count(*) from organisation").query(Long.class).single()).isPositive();
        }
        finally {
            orphan.destroyForcibly();
        }
    }

    /** The server a killed Kompas leaves: the same command line, run by a process that no longer exists. */
    private static Process orphanedServer(Path cluster, int port) throws Exception {
        List<String> command;
        try (var server = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setPort(port).start()) {
            long pid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).strip());
            var info = ProcessHandle.of(pid).orElseThrow().info();
            command = new ArrayList<>(List.of(info.command().orElseThrow()));
            command.addAll(List.of(info.arguments().orElseThrow()));
        }
        Process orphan = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 100 && !Files.exists(cluster.resolve("postmaster.pid")); i++) {
            Thread.sleep(100);
        }
        return orphan;
    }

    @Test
    void usesAnExternalServerWhenADatasourceUrlIsSet() throws Exception {
        try (var external = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external"))
                .setCleanDataDirectory(true).setPort(0).start();
                var app = start(dataDir.resolve("app"), "--spring.datasource.url=jdbc:postgresql://localhost:"
                        + external.getPort() + "/postgres", "--spring.datasource.username=postgres")) {
            assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(Files.exists(dataDir.resolve("app").resolve("postgres"))).isFalse();
            DataSource direct = external.getPostgresDatabase();
            assertThat(JdbcClient.create(direct).sql("select count(*) from organisation").query(Long.class).single())
                    .isEqualTo(4);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        // The test profile picks a free port for the embedded database.
        var args = new ArrayList<>(List.of("--kompas.data-dir=" + dataDir,
                "--spring.profiles.active=test"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(KompasApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }
}
