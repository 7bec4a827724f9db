package be.kompas.registers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import be.kompas.audit.AuditTrail;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;

/**
 * The reads every register offers in the same way: the viewer's page, one entry (an audited read), a year for the
 * export. A viewer with the register's permission reaches every entry of their organisation, anyone else only the
 * entries the repository's scope gives them.
 *
 * @param <R> the stored row
 * @param <T> what the viewer is shown
 */
final class ScopedReads<R, T> {

    private final StaffScopedRepository<R> rows;
    private final String permission;
    private final String recordType;
    private final BiFunction<KompasUser, R, T> shown;
    private final Function<T, @Nullable String> subject;
    private final AuditTrail trail;

    /**
     * @param shown the row as this viewer sees it (names looked up, restricted fields left out)
     * @param subject whom an entry is about, for the audit trail
     */
    ScopedReads(StaffScopedRepository<R> rows, String permission, String recordType,
            BiFunction<KompasUser, R, T> shown, Function<T, @Nullable String> subject, AuditTrail trail) {
        this.rows = rows;
        this.permission = permission;
        this.recordType = recordType;
        this.shown = shown;
        this.subject = subject;
        this.trail = trail;
    }

    /** Whose entries the viewer reaches: {@code null} for all. */
    @Nullable
    UUID scope(KompasUser viewer) {
        return StaffLookup.scope(viewer, permission);
    }

    Page<T> list(KompasUser viewer, PageRequest page) {
        var organisation = viewer.organisationId();
        var scope = scope(viewer);
        return new Page<>(rows.page(organisation, scope, page).stream().map(r -> shown.apply(viewer, r)).toList(),
                page, rows.count(organisation, scope));
    }

    /** The stored row within the viewer's reach, not audited: for the checks before a change. */
    R row(KompasUser viewer, UUID id) {
        return rows.find(viewer.organisationId(), id, scope(viewer))
                .orElseThrow(() -> new RecordNotFoundException(recordType, id));
    }

    /** @throws RecordNotFoundException outside the viewer's reach, another organisation included */
    T view(KompasUser viewer, UUID id) {
        var entry = shown.apply(viewer, row(viewer, id));
        trail.read(recordType, id, subject.apply(entry));
        return entry;
    }

    List<T> year(KompasUser viewer, int year) {
        return rows.between(viewer.organisationId(), scope(viewer), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).stream().map(r -> shown.apply(viewer, r)).toList();
    }
}
