package be.kompas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.KompasIntegrationTest;

@KompasIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void chainStaysIntactOverManyEntries() {
        String actor = "chain." + UUID.randomUUID();
        for (int i = 0; i < 300; i++) {
            trail.record(new AuditEvent(null, actor, "test.recorded", "test", Integer.toString(i), "Subject " + i,
                    i % 2 == 0 ? null : "details " + i));
        }
        var verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.reason()).isNull();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void databaseRefusesToUpdateDeleteOrTruncate() {
        trail.record(new AuditEvent(null, "refusal.test", "test.recorded", null, null, null, "original"));
        long seq = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set details = 'changed' where seq = ?").param(seq)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?").param(seq).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select details from audit_entry where seq = ?").param(seq).query(String.class).single())
                .isEqualTo("original");
    }
}
