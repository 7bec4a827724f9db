package be.kompas.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import be.kompas.audit.AuditEntry;
import be.kompas.audit.AuditQuery;
import be.kompas.audit.AuditTrail;
import be.kompas.core.PageRequest;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * The audit trail's entries as personal records: who did what, and whose records they touched. It lives here rather
 * than in the audit module because the privacy module already depends on audit, and the reverse would be a cycle.
 */
@Component
class AuditEntryHolder implements PersonalDataHolder {

    static final PersonalRecordType AUDIT_ENTRY = new PersonalRecordType("audit.entry", "privacy.type.audit.entry",
            false);

    /** A subject-access answer lists the most recent entries; the full trail stays searchable on the audit page. */
    static final int MAX_ENTRIES = 500;

    private final AuditTrail trail;
    private final Clock clock;

    AuditEntryHolder(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(AUDIT_ENTRY);
    }

    @Override
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        var query = new AuditQuery(organisation, person, null, null);
        var found = new ArrayList<PersonalRecord>();
        for (int page = 0; found.size() < MAX_ENTRIES; page++) {
            var entries = trail.search(query, PageRequest.of(page, PageRequest.MAX_SIZE));
            entries.content().stream().limit(MAX_ENTRIES - found.size()).map(this::toRecord).forEach(found::add);
            if (!entries.hasNext()) {
                break;
            }
        }
        return found;
    }

    /** The trail is evidence and is never purged; its type is not purgeable, so the purge never asks. */
    @Override
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        throw new UnsupportedOperationException("The audit trail is kept as evidence and is never purged");
    }

    private PersonalRecord toRecord(AuditEntry entry) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("occurredAt", entry.occurredAt().toString());
        fields.put("actor", entry.actor());
        fields.put("action", entry.action());
        putIfPresent(fields, "recordType", entry.recordType());
        putIfPresent(fields, "recordId", entry.recordId());
        putIfPresent(fields, "subject", entry.subject());
        putIfPresent(fields, "details", entry.details());
        String summary = entry.recordType() == null ? entry.action()
                : entry.action() + " " + entry.recordType() + " " + entry.recordId();
        return new PersonalRecord(AUDIT_ENTRY.code(), Long.toString(entry.seq()), summary,
                entry.occurredAt().atZone(clock.getZone()).toLocalDate(), fields);
    }

    private static void putIfPresent(LinkedHashMap<String, String> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
