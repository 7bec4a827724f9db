package be.kompas.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.KompasApplication;
import be.kompas.audit.AuditTrail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A new Kompas started on the data directory of an old one migrates it forward and keeps every record. The old one is
 * the first schema (organisations, accounts and the audit trail), filled with data through SQL as it stood then.
 */
class UpgradeIntegrationTests {

    private static final String FIRST_SCHEMA = "20261125.0530";

    /** The old rows; the new Kompas may add rows of its own (roles and grants seeded for the organisation). */
    private static final List<String> KEPT = List.of("select * from organisation",
            "select * from role where id = 'b0000000-0000-0000-0000-000000000001'",
            "select * from role_permission where role_id = 'b0000000-0000-0000-0000-000000000001'"
                    + " and permission = 'identity.users.manage'",
            "select * from app_user", "select * from user_role", "select * from api_token");

    @TempDir
    Path dataDir;

    @Test
    void migratesAnOldDataDirectoryForwardWithoutLosingRecords() throws Exception {
        Map<String, List<Map<String, Object>>> before;
        try (var old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setPort(0).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration")
                    .target(FIRST_SCHEMA).load().migrate();
            var jdbc = JdbcClient.create(old.getPostgresDatabase());
            fill(jdbc);
            before = snapshot(jdbc);
        }

        try (var app = new SpringApplicationBuilder(KompasApplication.class).web(WebApplicationType.NONE)
                .run("--spring.profiles.active=test", "--kompas.data-dir=" + dataDir, "--kompas.embedded-db.port=0",
                        "--kompas.demo.enabled=false", "--kompas.scheduling.enabled=false")) {
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(snapshot(jdbc)).isEqualTo(before);
            assertThat(app.getBean(Flyway.class).info().pending()).isEmpty();
            assertThat(jdbc.sql("select count(*) from staff_member").query(Long.class).single()).isZero();
            // Roles that modules declared since are seeded for the old organisation on start.
            assertThat(jdbc.sql("select count(*) from role where organisation_id = 'a0000000-0000-0000-0000-000000000001'")
                    .query(Long.class).single()).isGreaterThan(1);
            assertThat(app.getBean(AuditTrail.class).verify().intact()).isTrue();
        }
    }

    private static void fill(JdbcClient jdbc) {
        jdbc.sql("insert into organisation (id, code, name, kind, zone_number, locale) values"
                + " ('a0000000-0000-0000-0000-000000000001', 'old-zone', 'PZ Oud', 'LOCAL_ZONE', '5999', 'nl')")
                .update();
        jdbc.sql("insert into role (id, organisation_id, code, title, mfa_required) values"
                + " ('b0000000-0000-0000-0000-000000000001', 'a0000000-0000-0000-0000-000000000001', 'CHIEF_OF_POLICE',"
                + " 'Korpschef', true)").update();
        jdbc.sql("insert into role_permission (role_id, permission) values"
                + " ('b0000000-0000-0000-0000-000000000001', 'identity.users.manage')").update();
        jdbc.sql("insert into app_user (id, organisation_id, username, display_name, password_hash, locale) values"
                + " ('c0000000-0000-0000-0000-000000000001', 'a0000000-0000-0000-0000-000000000001', 'old.chief',"
                + " 'Oude Chef', '$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g', 'nl')").update();
        jdbc.sql("insert into user_role (user_id, role_id) values ('c0000000-0000-0000-0000-000000000001',"
                + " 'b0000000-0000-0000-0000-000000000001')").update();
        jdbc.sql("insert into api_token (id, user_id, name, token_hash) values ('d0000000-0000-0000-0000-000000000001',"
                + " 'c0000000-0000-0000-0000-000000000001', 'script', repeat('a', 64))").update();
    }

    private static Map<String, List<Map<String, Object>>> snapshot(JdbcClient jdbc) {
        return KEPT.stream().collect(Collectors.toMap(query -> query, query -> jdbc.sql(query).query().listOfRows()));
    }
}
