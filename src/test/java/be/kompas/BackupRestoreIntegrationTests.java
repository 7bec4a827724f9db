package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.demo.DemoLogins;
import be.kompas.storage.StorageSettings;

/** {@code kompas backup} next to a running Kompas, then {@code kompas restore} into a new directory. */
@KompasIntegrationTest
class BackupRestoreIntegrationTests {

    private static final List<String> SAMPLE = List.of("select * from organisation order by id",
            "select * from app_user order by id", "select * from staff_member order by id",
            "select * from role_permission order by role_id, permission");

    @Autowired
    StorageSettings storage;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoLogins logins;

    @TempDir
    Path temp;

    @Test
    void restoresARunningKompasIntoANewDirectoryWithItsAuditChainIntact() {
        trail.record(new AuditEvent(null, "backup.test", "test.before-backup", null, null, "ünïcode, \"quoted\"\n",
                null));
        Path backup = temp.resolve("kompas.zip");
        var written = CommandLineRun.of("backup", "--out", backup.toString(), "--kompas.data-dir=" + storage.dataDir());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).startsWith("Backup written to " + backup);

        Path restored = temp.resolve("restored");
        var run = CommandLineRun.of("restore", "--from", backup.toString(), "--kompas.data-dir=" + restored,
                "--kompas.embedded-db.port=0");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Audit trail intact: [1-9][0-9]* entries checked\\.");

        try (var app = new SpringApplicationBuilder(KompasApplication.class).web(WebApplicationType.NONE)
                .run("--spring.profiles.active=test", "--kompas.data-dir=" + restored, "--kompas.embedded-db.port=0",
                        "--kompas.scheduling.enabled=false")) {
            var copy = app.getBean(JdbcClient.class);
            assertThat(app.getBean(AuditTrail.class).verify().intact()).isTrue();
            for (String query : SAMPLE) {
                assertThat(rows(copy, query)).as(query).isNotEmpty().isEqualTo(rows(jdbc, query));
            }
            long last = copy.sql("select max(seq) from audit_entry").query(Long.class).single();
            String entries = "select * from audit_entry where seq <= " + last + " order by seq";
            assertThat(rows(copy, entries)).isEqualTo(rows(jdbc, entries));
            assertThat(rows(copy, entries)).anyMatch(entry -> "test.before-backup".equals(entry.get("action")));
            // The data directory's files came along: the demo logins still sign in with the same secrets.
            assertThat(app.getBean(DemoLogins.class).all()).isEqualTo(logins.all());
        }
    }

    @Test
    void refusesToRestoreIntoADirectoryThatIsNotEmpty() throws Exception {
        Path backup = temp.resolve("kompas.zip");
        assertThat(CommandLineRun.of("backup", "--out", backup.toString(), "--kompas.data-dir=" + storage.dataDir())
                .exit()).isZero();
        Path occupied = Files.createDirectories(temp.resolve("occupied"));
        Files.writeString(occupied.resolve("keep.txt"), "mine");

        var run = CommandLineRun.of("restore", "--from", backup.toString(), "--kompas.data-dir=" + occupied);

        assertThat(run.exit()).isEqualTo(RestoreCommand.REFUSED);
        assertThat(run.err()).contains("is not empty. Restore only into a new or empty directory");
        assertThat(Files.list(occupied)).containsExactly(occupied.resolve("keep.txt"));
    }

    @Test
    void refusesToOverwriteAnExistingBackupFile() throws Exception {
        Path existing = Files.writeString(temp.resolve("old.zip"), "old");
        var run = CommandLineRun.of("backup", "--out", existing.toString(), "--kompas.data-dir=" + storage.dataDir());
        assertThat(run.exit()).isOne();
        assertThat(Files.readString(existing)).isEqualTo("old");
    }

    private static List<Map<String, Object>> rows(JdbcClient jdbc, String query) {
        return jdbc.sql(query).query().listOfRows();
    }
}
