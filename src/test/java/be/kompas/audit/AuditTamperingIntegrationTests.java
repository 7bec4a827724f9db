package be.kompas.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import be.kompas.CommandLineRun;
import be.kompas.KompasIntegrationTest;
import be.kompas.storage.StorageSettings;

/**
 * Someone with database rights switches the triggers off and edits the trail: the chain names the entry. Runs in a
 * context of its own, thrown away afterwards, so that no other test sees a broken trail.
 */
@KompasIntegrationTest
@TestPropertySource(properties = "kompas.test.context=audit-tampering")
@DirtiesContext
class AuditTamperingIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StorageSettings storage;

    @AfterEach
    void restoreTriggers() {
        jdbc.sql("alter table audit_entry enable trigger user").update();
    }

    @Test
    void namesTheEditedEntry() {
        List<Long> seqs = recordThree("edit");
        long edited = seqs.get(1);
        jdbc.sql("alter table audit_entry disable trigger user").update();
        jdbc.sql("update audit_entry set details = 'nothing to see' where seq = ?").param(edited).update();
        try {
            var verification = trail.verify();
            assertThat(verification.firstBroken()).isEqualTo(edited);
            assertThat(verification.reason()).isEqualTo(ChainVerification.Break.ALTERED);

            var run = CommandLineRun.of("audit", "verify", "--kompas.data-dir=" + storage.dataDir());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out()).startsWith("Audit trail BROKEN at entry #" + edited + ": its content does not match");
        }
        finally {
            jdbc.sql("update audit_entry set details = 'details edit 1' where seq = ?").param(edited).update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void namesTheEntryAfterARemovedOne() {
        List<Long> seqs = recordThree("delete");
        long removed = seqs.get(1);
        jdbc.sql("alter table audit_entry disable trigger user").update();
        jdbc.sql("create table audit_entry_removed as select * from audit_entry where seq = ?").param(removed)
                .update();
        jdbc.sql("delete from audit_entry where seq = ?").param(removed).update();
        try {
            var verification = trail.verify();
            assertThat(verification.firstBroken()).isEqualTo(seqs.get(2));
            assertThat(verification.reason()).isEqualTo(ChainVerification.Break.UNLINKED);
        }
        finally {
            jdbc.sql("insert into audit_entry select * from audit_entry_removed").update();
            jdbc.sql("drop table audit_entry_removed").update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private List<Long> recordThree(String label) {
        for (int i = 0; i < 3; i++) {
            trail.record(new AuditEvent(null, "tamper." + label, "test.recorded", "test", label + i, null,
                    "details " + label + " " + i));
        }
        return jdbc.sql("select seq from audit_entry where actor = ? order by seq").param("tamper." + label)
                .query(Long.class).list();
    }
}
