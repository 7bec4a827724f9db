package be.kompas.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.people.EmploymentKind;
import be.kompas.people.EmploymentPeriod;
import be.kompas.people.JobFunctionId;
import be.kompas.people.NewStaffMember;
import be.kompas.people.StaffMemberChange;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberRef;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.people.Transfer;
import be.kompas.people.UnitId;
import be.kompas.tenancy.OrganisationId;

/** Staff members and their employment periods; every statement is bound to one organisation. */
@Repository
class StaffRepository {

    private static final String SUMMARY = """
            select s.*, u.name as unit_name, f.name as function_name, coalesce(f.vulnerable, false) as vulnerable,
              (s.exit_date is null or s.exit_date > current_date) as in_service
            from staff_member s join unit u on u.id = s.unit_id left join job_function f on f.id = s.job_function_id
            """;

    /** The units under a unit given as {@code :<name>}, the unit included. */
    private static String subtree(String parameter) {
        return "(with recursive tree(id) as (select cast(:" + parameter + " as uuid) union all"
                + " select child.id from unit child join tree on child.parent_id = tree.id) select id from tree)";
    }

    /** A line manager's reach: their own unit tree and the people whose first or second line they are. */
    private static final String MANAGED = " and (s.first_line_manager_id = :manager"
            + " or s.second_line_manager_id = :manager or s.unit_id in " + subtree("managerUnit") + ")";

    /** A staff record with the columns a details view needs beyond its summary. */
    record Row(StaffMemberSummary summary, @Nullable JobFunctionId functionId, @Nullable String email,
            LocalDate entryDate, @Nullable LocalDate exitDate, @Nullable StaffMemberId firstLineManager,
            @Nullable StaffMemberId secondLineManager) {
    }

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(OrganisationId organisation, StaffMemberId id) {
        return jdbc.sql(SUMMARY + " where s.organisation_id = :org and s.id = :id")
                .param("org", organisation.value()).param("id", id.value()).query(StaffRepository::row).optional();
    }

    Optional<StaffMemberSummary> findByPersonnelNumber(OrganisationId organisation, String personnelNumber) {
        return jdbc.sql(SUMMARY + " where s.organisation_id = :org and lower(s.personnel_number) = lower(:number)")
                .param("org", organisation.value()).param("number", personnelNumber.strip())
                .query(StaffRepository::summary).optional();
    }

    /**
     * @param manager when set, only the manager's own unit tree and the people they manage
     */
    Page<StaffMemberSummary> search(OrganisationId organisation, StaffQuery query, @Nullable StaffMemberId manager,
            PageRequest page) {
        var where = new StringBuilder(" where s.organisation_id = :org");
        var params = new HashMap<String, Object>();
        params.put("org", organisation.value());
        if (!query.text().isBlank()) {
            where.append(" and (lower(s.given_name || ' ' || s.surname) like :text"
                    + " or lower(s.surname || ' ' || s.given_name) like :text or lower(s.personnel_number) like :text)");
            params.put("text", "%" + query.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (query.unit() != null) {
            where.append(" and s.unit_id in ").append(subtree("unit"));
            params.put("unit", query.unit().value());
        }
        if (query.kind() != null) {
            where.append(" and s.employment_kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.vulnerable() != null) {
            where.append(" and coalesce(f.vulnerable, false) = :vulnerable");
            params.put("vulnerable", query.vulnerable());
        }
        if (manager != null) {
            where.append(MANAGED);
            params.putAll(managerParams(organisation, manager));
        }
        long total = jdbc.sql(Page.cappedCount(" from staff_member s left join job_function f"
                + " on f.id = s.job_function_id" + where)).params(params).query(Long.class).single();
        var content = jdbc.sql(SUMMARY + where + " order by lower(s.surname), lower(s.given_name), s.id"
                + " limit :limit offset :offset").params(params).param("limit", page.size())
                .param("offset", page.offset()).query(StaffRepository::summary).list();
        return new Page<>(content, page, total);
    }

    Optional<UnitId> unitOf(OrganisationId organisation, StaffMemberId id) {
        return jdbc.sql("select unit_id from staff_member where organisation_id = ? and id = ?")
                .params(organisation.value(), id.value()).query((rs, row) -> new UnitId(rs.getObject(1, UUID.class)))
                .optional();
    }

    List<StaffMemberSummary> inUnits(OrganisationId organisation, UnitId unit, boolean includeSubunits) {
        String units = includeSubunits ? subtree("unit") : "(:unit)";
        return jdbc.sql(SUMMARY + " where s.organisation_id = :org and s.unit_id in " + units
                + " order by lower(s.surname), lower(s.given_name)")
                .param("org", organisation.value()).param("unit", unit.value()).query(StaffRepository::summary)
                .list();
    }

    /** Whether the manager's reach (as in {@link #search}) includes a staff member. */
    boolean manages(OrganisationId organisation, StaffMemberId manager, StaffMemberId staff) {
        return jdbc.sql("select count(*) from staff_member s where s.organisation_id = :org and s.id = :staff"
                + MANAGED).param("org", organisation.value()).param("staff", staff.value())
                .params(managerParams(organisation, manager)).query(Long.class).single() > 0;
    }

    /** A manager without a staff record has no unit; the nil id matches none. */
    private Map<String, Object> managerParams(OrganisationId organisation, StaffMemberId manager) {
        return Map.of("manager", manager.value(), "managerUnit",
                unitOf(organisation, manager).map(UnitId::value).orElse(new UUID(0, 0)));
    }

    /** The heads of the member's unit and of the units above it, nearest first. */
    List<StaffMemberId> unitHeadsAbove(OrganisationId organisation, StaffMemberId staff) {
        return jdbc.sql("""
                with recursive up(id, parent_id, head_id, depth) as (
                  select u.id, u.parent_id, u.head_id, 0 from unit u join staff_member s on s.unit_id = u.id
                  where s.organisation_id = :org and s.id = :staff
                  union all
                  select u.id, u.parent_id, u.head_id, up.depth + 1 from unit u join up on u.id = up.parent_id)
                select head_id from up where head_id is not null order by depth""")
                .param("org", organisation.value()).param("staff", staff.value())
                .query((rs, row) -> new StaffMemberId(rs.getObject(1, UUID.class))).list();
    }

    /** Those of the given staff members who are still in service on the day. */
    Set<StaffMemberId> inService(OrganisationId organisation, Set<StaffMemberId> staff, LocalDate day) {
        if (staff.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select id from staff_member where organisation_id = :org and id in (:ids)"
                + " and anonymised_at is null and (exit_date is null or exit_date > :day)")
                .param("org", organisation.value())
                .param("ids", staff.stream().map(StaffMemberId::value).toList()).param("day", Date.valueOf(day))
                .query((rs, row) -> new StaffMemberId(rs.getObject(1, UUID.class))).stream()
                .collect(Collectors.toSet());
    }

    boolean personnelNumberTaken(OrganisationId organisation, String personnelNumber) {
        return findByPersonnelNumber(organisation, personnelNumber).isPresent();
    }

    void insert(OrganisationId organisation, StaffMemberId id, NewStaffMember member) {
        jdbc.sql("""
                insert into staff_member (id, organisation_id, personnel_number, surname, given_name, grade, unit_id,
                  job_function_id, employment_kind, first_line_manager_id, second_line_manager_id, email, entry_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), organisation.value(), member.personnelNumber().strip(), member.surname().strip(),
                        member.givenName().strip(), member.grade().strip(), member.unit().value(),
                        uuid(member.function()), member.employmentKind().name(), uuid(member.firstLineManager()),
                        uuid(member.secondLineManager()), blankToNull(member.email()),
                        Date.valueOf(member.entryDate()))
                .update();
        openPeriod(organisation, id, member.unit(), member.function(), member.grade().strip(), member.entryDate());
    }

    int update(OrganisationId organisation, StaffMemberId id, StaffMemberChange change) {
        return jdbc.sql("""
                update staff_member set surname = ?, given_name = ?, employment_kind = ?, first_line_manager_id = ?,
                  second_line_manager_id = ?, email = ?, exit_date = ?
                where organisation_id = ? and id = ?""")
                .params(change.surname().strip(), change.givenName().strip(), change.employmentKind().name(),
                        uuid(change.firstLineManager()), uuid(change.secondLineManager()),
                        blankToNull(change.email()),
                        change.exitDate() == null ? null : Date.valueOf(change.exitDate()), organisation.value(),
                        id.value())
                .update();
    }

    /** Ends the open period the day before the transfer and opens the next one; earlier periods stay as they are. */
    void transfer(OrganisationId organisation, StaffMemberId id, Transfer transfer) {
        jdbc.sql("update employment_period set valid_to = ? where organisation_id = ? and staff_member_id = ?"
                + " and valid_to is null")
                .params(Date.valueOf(transfer.from().minusDays(1)), organisation.value(), id.value()).update();
        openPeriod(organisation, id, transfer.unit(), transfer.function(), transfer.grade().strip(), transfer.from());
        jdbc.sql("update staff_member set unit_id = ?, job_function_id = ?, grade = ?"
                + " where organisation_id = ? and id = ?")
                .params(transfer.unit().value(), uuid(transfer.function()), transfer.grade().strip(),
                        organisation.value(), id.value())
                .update();
    }

    private void openPeriod(OrganisationId organisation, StaffMemberId id, UnitId unit,
            @Nullable JobFunctionId function, String grade, LocalDate from) {
        jdbc.sql("""
                insert into employment_period (id, organisation_id, staff_member_id, unit_id, job_function_id, grade,
                  valid_from)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation.value(), id.value(), unit.value(), uuid(function), grade,
                        Date.valueOf(from))
                .update();
    }

    List<EmploymentPeriod> history(OrganisationId organisation, StaffMemberId id) {
        return jdbc.sql("""
                select p.*, u.name as unit_name, f.name as function_name
                from employment_period p join unit u on u.id = p.unit_id
                left join job_function f on f.id = p.job_function_id
                where p.organisation_id = ? and p.staff_member_id = ? order by p.valid_from, p.valid_to nulls last""")
                .params(organisation.value(), id.value()).query((rs, row) -> {
                    UUID function = rs.getObject("job_function_id", UUID.class);
                    return new EmploymentPeriod(new UnitId(rs.getObject("unit_id", UUID.class)),
                            rs.getString("unit_name"), function == null ? null : new JobFunctionId(function),
                            rs.getString("function_name"), rs.getString("grade"), date(rs, "valid_from"),
                            dateOrNull(rs, "valid_to"));
                }).list();
    }

    /** Current period's start, to refuse a transfer that would end it before it began. */
    Optional<LocalDate> currentPeriodStart(OrganisationId organisation, StaffMemberId id) {
        return jdbc.sql("select valid_from from employment_period where organisation_id = ? and staff_member_id = ?"
                + " and valid_to is null").params(organisation.value(), id.value())
                .query((rs, row) -> date(rs, "valid_from")).optional();
    }

    /** Staff who left before the day and are not anonymised yet. */
    List<StaffMemberId> leftBefore(OrganisationId organisation, LocalDate day) {
        return jdbc.sql("select id from staff_member where organisation_id = ? and exit_date < ?"
                + " and anonymised_at is null").params(organisation.value(), Date.valueOf(day))
                .query((rs, row) -> new StaffMemberId(rs.getObject(1, UUID.class))).list();
    }

    /**
     * Replaces what identifies the person. The personnel number becomes a placeholder derived from the record id
     * rather than a hash, because numbers are few enough to reverse any hash by trying them all.
     */
    void anonymise(OrganisationId organisation, StaffMemberId id, java.time.Instant at) {
        jdbc.sql("""
                update staff_member set surname = '-', given_name = '-', email = null,
                  personnel_number = 'ANON-' || replace(id::text, '-', ''),
                  first_line_manager_id = null, second_line_manager_id = null, anonymised_at = ?
                where organisation_id = ? and id = ?""")
                .params(java.sql.Timestamp.from(at), organisation.value(), id.value()).update();
    }

    List<Row> matching(OrganisationId organisation, String person) {
        String needle = person.strip().toLowerCase();
        return jdbc.sql(SUMMARY + """
                 where s.organisation_id = :org and s.anonymised_at is null
                   and (lower(s.given_name || ' ' || s.surname) = :needle or lower(s.surname || ' ' || s.given_name) = :needle
                     or lower(s.personnel_number) = :needle or lower(s.email) = :needle)""")
                .param("org", organisation.value()).param("needle", needle).query(StaffRepository::row).list();
    }

    Map<StaffMemberId, StaffMemberRef> refs(OrganisationId organisation, Set<StaffMemberId> ids) {
        return ids.isEmpty() ? Map.of() : jdbc.sql("select id, personnel_number, given_name || ' ' || surname"
                + " from staff_member where organisation_id = :org and id in (:ids)").param("org", organisation.value())
                .param("ids", ids.stream().map(StaffMemberId::value).toList())
                .query((rs, row) -> new StaffMemberRef(new StaffMemberId(rs.getObject(1, UUID.class)),
                        rs.getString(2), rs.getString(3)))
                .stream().collect(Collectors.toMap(StaffMemberRef::id, ref -> ref));
    }

    private static StaffMemberSummary summary(ResultSet rs, int row) throws SQLException {
        return new StaffMemberSummary(new StaffMemberId(rs.getObject("id", UUID.class)),
                rs.getString("personnel_number"), rs.getString("surname"), rs.getString("given_name"),
                rs.getString("grade"), new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("unit_name"),
                rs.getString("function_name"), rs.getBoolean("vulnerable"),
                EmploymentKind.valueOf(rs.getString("employment_kind")), rs.getBoolean("in_service"));
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        UUID function = rs.getObject("job_function_id", UUID.class);
        return new Row(summary(rs, row), function == null ? null : new JobFunctionId(function),
                rs.getString("email"), date(rs, "entry_date"), dateOrNull(rs, "exit_date"),
                staffId(rs, "first_line_manager_id"), staffId(rs, "second_line_manager_id"));
    }

    private static @Nullable StaffMemberId staffId(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new StaffMemberId(id);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static @Nullable LocalDate dateOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static @Nullable UUID uuid(@Nullable StaffMemberId id) {
        return id == null ? null : id.value();
    }

    private static @Nullable UUID uuid(@Nullable JobFunctionId id) {
        return id == null ? null : id.value();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
