package be.kompas.registers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;

/**
 * The base of every register's repository: the reads all register tables share, always within one organisation, and
 * limited to the entries of one staff member (as filer, subject or reviewer, by {@code scope}) unless the reader may
 * see the whole register. Subclasses add their inserts and updates.
 *
 * @param <T> the row type
 */
abstract class StaffScopedRepository<T> {

    protected final JdbcClient jdbc;
    private final String table;
    private final String scope;
    private final String dateColumn;
    private final RowMapper<T> rows;

    /**
     * @param scope the condition on {@code :staff} that limits a staff member's view, e.g. {@code staff_id = :staff}
     * @param dateColumn the date that orders the entries and places them in a year
     */
    StaffScopedRepository(JdbcClient jdbc, String table, String scope, String dateColumn, RowMapper<T> rows) {
        this.jdbc = jdbc;
        this.table = table;
        this.scope = scope;
        this.dateColumn = dateColumn;
        this.rows = rows;
    }

    /** @param staff whose entries, or {@code null} for the whole register */
    Optional<T> find(OrganisationId organisation, UUID id, @Nullable UUID staff) {
        return jdbc.sql("select * from " + table + " where organisation_id = :org and id = :id" + where(staff))
                .param("org", organisation.value()).param("id", id).param("staff", staff).query(rows).optional();
    }

    List<T> page(OrganisationId organisation, @Nullable UUID staff, PageRequest page) {
        return jdbc.sql("select * from " + table + " where organisation_id = :org" + where(staff) + " order by "
                + dateColumn + " desc, created_at desc limit :limit offset :offset")
                .param("org", organisation.value()).param("staff", staff).param("limit", page.size())
                .param("offset", page.offset()).query(rows).list();
    }

    /** Counted up to {@link Page#COUNT_LIMIT} and one more. */
    long count(OrganisationId organisation, @Nullable UUID staff) {
        return jdbc.sql(Page.cappedCount(" from " + table + " where organisation_id = :org" + where(staff)))
                .param("org", organisation.value()).param("staff", staff).query(Long.class).single();
    }

    List<T> between(OrganisationId organisation, @Nullable UUID staff, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from " + table + " where organisation_id = :org" + where(staff) + " and "
                + dateColumn + " between :from and :to order by " + dateColumn).param("org", organisation.value())
                .param("staff", staff).param("from", from).param("to", to).query(rows).list();
    }

    /** Every entry of one staff member, as {@code scope} reaches them. */
    List<T> about(OrganisationId organisation, UUID staff) {
        return between(organisation, staff, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    }

    /** The entries of {@code year} and the year before, for {@link Tally}. */
    List<T> twoYears(OrganisationId organisation, int year) {
        return between(organisation, null, LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31));
    }

    private String where(@Nullable UUID staff) {
        return staff == null ? "" : " and (" + scope + ")";
    }
}
