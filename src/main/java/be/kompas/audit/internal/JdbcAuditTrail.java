package be.kompas.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditEntry;
import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditQuery;
import be.kompas.audit.AuditTrail;
import be.kompas.audit.ChainVerification;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.tenancy.OrganisationId;

@Service
class JdbcAuditTrail implements AuditTrail {

    /** One advisory lock serialises appends, so each entry links to the one committed before it. */
    private static final long CHAIN_LOCK = 0x4b6f6d706173L;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void read(String recordType, Object recordId, @Nullable String subject) {
        recordForCurrentUser("read", recordType, recordId, subject);
    }

    @Override
    @Transactional
    public void wrote(String action, String recordType, Object recordId, @Nullable String subject) {
        recordForCurrentUser(action, recordType, recordId, subject);
    }

    private void recordForCurrentUser(String action, String recordType, Object recordId, @Nullable String subject) {
        var user = CurrentUser.find();
        record(new AuditEvent(user.map(u -> u.organisationId()).orElse(null),
                user.map(u -> u.username()).orElse("system"), action, recordType, String.valueOf(recordId), subject,
                null));
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, row) -> rs.getString("hash")).optional();
        String previous = last.orElse(AuditChain.GENESIS);
        long seq = jdbc.sql("select nextval('audit_entry_seq_seq')").query(Long.class).single();
        // PostgreSQL keeps microseconds; hash exactly what is stored.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditChain.hash(seq, at, event.organisationId(), event.actor(), event.action(),
                event.recordType(), event.recordId(), event.subject(), event.details(), previous);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, organisation_id, actor, action, record_type, record_id,
                                         subject, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(at), event.organisationId() == null ? null : event.organisationId().value(),
                        event.actor(), event.action(), event.recordType(), event.recordId(), event.subject(),
                        event.details(), previous, hash)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var checked = new AtomicLong();
        var previous = new AtomicReference<>(AuditChain.GENESIS);
        var broken = new AtomicReference<AuditEntry>();
        var reason = new AtomicReference<ChainVerification.Break>();
        jdbc.sql("select * from audit_entry order by seq").withFetchSize(1000).query(rs -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry entry = map(rs, 0);
            checked.incrementAndGet();
            if (!entry.previousHash().equals(previous.get())) {
                broken.set(entry);
                reason.set(ChainVerification.Break.UNLINKED);
                return;
            }
            String expected = AuditChain.hash(entry.seq(), entry.occurredAt(), entry.organisationId(),
                    entry.actor(), entry.action(), entry.recordType(), entry.recordId(), entry.subject(),
                    entry.details(), entry.previousHash());
            if (!expected.equals(entry.hash())) {
                broken.set(entry);
                reason.set(ChainVerification.Break.ALTERED);
                return;
            }
            previous.set(entry.hash());
        });
        AuditEntry first = broken.get();
        return new ChainVerification(checked.get(), first == null ? null : first.seq(), reason.get());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        var where = new StringBuilder(" where organisation_id = ?");
        List<Object> params = new ArrayList<>(List.of(query.organisationId().value()));
        if (query.person() != null && !query.person().isBlank()) {
            where.append(" and (lower(actor) like ? or lower(subject) like ?)");
            String pattern = "%" + query.person().trim().toLowerCase(Locale.ROOT) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (query.recordType() != null && !query.recordType().isBlank()) {
            where.append(" and record_type = ?");
            params.add(query.recordType().trim());
        }
        if (query.recordId() != null && !query.recordId().isBlank()) {
            where.append(" and record_id = ?");
            params.add(query.recordId().trim());
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        var content = jdbc.sql("select * from audit_entry" + where + " order by seq desc limit ? offset ?")
                .params(pageParams).query(JdbcAuditTrail::map).list();
        return new Page<>(content, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(OrganisationId organisation, String recordType, Object recordId) {
        return jdbc.sql("""
                select * from audit_entry where organisation_id = ? and record_type = ? and record_id = ?
                 order by seq desc limit 500""")
                .params(organisation.value(), recordType, String.valueOf(recordId)).query(JdbcAuditTrail::map).list();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                organisation == null ? null : new OrganisationId(organisation), rs.getString("actor"),
                rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("subject"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
