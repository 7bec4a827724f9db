package be.kompas.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

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
        var args = new java.util.ArrayList<>(java.util.List.of("--kompas.data-dir=" + dataDir,
                "--kompas.embedded-db.port=0", "--spring.profiles.active=test"));
        args.addAll(java.util.List.of(extra));
        return new SpringApplicationBuilder(KompasApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }
}
