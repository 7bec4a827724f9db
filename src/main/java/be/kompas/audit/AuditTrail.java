package be.kompas.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;

/**
 * Appends to the audit trail and checks it. The signed-in user is the actor of {@link #read} and {@link #wrote};
 * entries join the caller's transaction, so a write and its entry commit or roll back together.
 */
public interface AuditTrail {

    void read(String recordType, Object recordId, @Nullable String subject);

    void wrote(String action, String recordType, Object recordId, @Nullable String subject);

    void record(AuditEvent event);

    ChainVerification verify();

    Page<AuditEntry> search(AuditQuery query, PageRequest page);

    /** Who read or changed one record, newest first. */
    List<AuditEntry> historyOf(be.kompas.tenancy.OrganisationId organisation, String recordType, Object recordId);
}
