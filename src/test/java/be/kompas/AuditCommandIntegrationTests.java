package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.storage.StorageSettings;

/** {@code kompas audit verify} next to a running Kompas: it joins the database on the same data directory. */
@KompasIntegrationTest
class AuditCommandIntegrationTests {

    @Autowired
    StorageSettings storage;

    @Autowired
    AuditTrail trail;

    @Test
    void verifiesTheTrailOfTheRunningKompas() {
        trail.record(new AuditEvent(null, "cli.test", "test.recorded", null, null, null, null));
        var run = CommandLineRun.of("audit", "verify", "--kompas.data-dir=" + storage.dataDir());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("Audit trail intact: [1-9][0-9]* entries checked\\.\\R");
    }

    @Test
    void refusesUnknownOptions() {
        var run = CommandLineRun.of("audit", "verify", "--server.port=9999");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: --server.port=9999");
    }

    @Test
    void needsASubcommand() {
        assertThat(CommandLineRun.of("audit").exit()).isEqualTo(2);
    }
}
