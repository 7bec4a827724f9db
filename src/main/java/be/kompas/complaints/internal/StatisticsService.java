package be.kompas.complaints.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.calendar.WorkingDays;
import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintStatistics;
import be.kompas.complaints.ComplaintStatus;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.TagTrend;
import be.kompas.complaints.ExportRow;
import be.kompas.complaints.NationalFigure;
import be.kompas.complaints.Outcome;
import be.kompas.complaints.Route;
import be.kompas.complaints.YearFigures;
import be.kompas.complaints.YearFigures.MonthCount;
import be.kompas.complaints.YearFigures.Share;
import be.kompas.core.Formats;
import be.kompas.tenancy.Organisations;

@Service
@Transactional(readOnly = true)
class StatisticsService implements ComplaintStatistics {

    /** Complaints (not compliments or questions) received in the year. */
    private static final String RECEIVED = " from complaint c where c.organisation_id = :org and c.kind = 'COMPLAINT'"
            + " and c.received_on between :first and :last";

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Organisations organisations;
    private final Clock clock;

    StatisticsService(JdbcClient jdbc, WorkingDays workingDays, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public YearFigures year(be.kompas.tenancy.OrganisationId organisation, int year) {
        var params = Map.<String, Object>of("org", organisation.value(), "first", LocalDate.of(year, 1, 1), "last",
                LocalDate.of(year, 12, 31));
        var byKind = new EnumMap<ComplaintKind, Integer>(ComplaintKind.class);
        Arrays.stream(ComplaintKind.values()).forEach(kind -> byKind.put(kind, 0));
        jdbc.sql("select kind, count(*) as n from complaint where organisation_id = :org"
                + " and received_on between :first and :last group by kind").params(params)
                .query((rs, n) -> byKind.put(ComplaintKind.valueOf(rs.getString("kind")), rs.getInt("n"))).list();
        int received = byKind.get(ComplaintKind.COMPLAINT);

        var closedRows = jdbc.sql("select outcome, received_on, closed_on from complaint where organisation_id = :org"
                + " and kind = 'COMPLAINT' and status = 'CLOSED' and closed_on between :first and :last")
                .params(params).query((rs, n) -> new Closed(Outcome.valueOf(rs.getString("outcome")),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class)))
                .list();
        var outcomes = new LinkedHashMap<String, Integer>();
        Arrays.stream(Outcome.values()).filter(Outcome::fitsComplaints).forEach(o -> outcomes.put(o.name(), 0));
        closedRows.forEach(row -> outcomes.merge(row.outcome().name(), 1, Integer::sum));

        var calendar = workingDays.calendar(organisation);
        var leadDays = closedRows.stream().map(row -> calendar.workingDaysBetween(row.receivedOn(), row.closedOn()))
                .sorted().toList();

        var months = new ArrayList<MonthCount>();
        var perMonth = new TreeMap<Integer, int[]>();
        jdbc.sql("select extract(month from received_on)::int as month, kind, count(*) as n from complaint"
                + " where organisation_id = :org and received_on between :first and :last"
                + " and kind in ('COMPLAINT', 'COMPLIMENT') group by 1, 2").params(params).query((rs, n) -> {
                    perMonth.computeIfAbsent(rs.getInt("month"), m -> new int[2])[
                            rs.getString("kind").equals("COMPLAINT") ? 0 : 1] = rs.getInt("n");
                    return null;
                }).list();
        for (int month = 1; month <= 12; month++) {
            int[] counts = perMonth.getOrDefault(month, new int[2]);
            months.add(new MonthCount(month, counts[0], counts[1]));
        }

        return new YearFigures(year, received, byKind, closedRows.size(), shares(outcomes, closedRows.size()),
                shares(grouped("coalesce(c.fact_code, '')", params), received),
                shares(grouped("c.channel", params), received), shares(units(params), received),
                shares(tags(params), received),
                leadDays.isEmpty() ? null : leadDays.stream().mapToInt(Integer::intValue).average().orElse(0),
                leadDays.isEmpty() ? null : leadDays.get((leadDays.size() - 1) / 2), overdue(organisation), months);
    }

    private record Closed(Outcome outcome, LocalDate receivedOn, LocalDate closedOn) {
    }

    private Map<String, Integer> grouped(String column, Map<String, Object> params) {
        var counts = new TreeMap<String, Integer>();
        jdbc.sql("select " + column + " as k, count(*) as n" + RECEIVED + " group by 1").params(params)
                .query((rs, n) -> counts.put(rs.getString("k"), rs.getInt("n"))).list();
        return counts;
    }

    /** Complaints per unit of the staff involved; a complaint about two units counts for each. */
    private Map<String, Integer> units(Map<String, Object> params) {
        var counts = new TreeMap<String, Integer>();
        jdbc.sql("select s.unit_name as k, count(distinct c.id) as n" + RECEIVED.replace(" from complaint c",
                " from complaint c join complaint_staff s on s.complaint_id = c.id")
                + " and s.unit_name is not null group by 1").params(params)
                .query((rs, n) -> counts.put(rs.getString("k"), rs.getInt("n"))).list();
        return counts;
    }

    /** Complaints received in the year per tag, every tag listed. */
    private Map<String, Integer> tags(Map<String, Object> params) {
        var counts = new LinkedHashMap<String, Integer>();
        Arrays.stream(ComplaintTag.values()).forEach(tag -> counts.put(tag.name(), 0));
        jdbc.sql("select t.tag as k, count(distinct c.id) as n" + RECEIVED.replace(" from complaint c",
                " from complaint c cross join unnest(c.tags) as t(tag)") + " group by 1").params(params)
                .query((rs, n) -> {
                    int count = rs.getInt("n");
                    return counts.computeIfPresent(rs.getString("k"), (k, old) -> count);
                }).list();
        return counts;
    }

    @Override
    public TagTrend tagTrend(be.kompas.tenancy.OrganisationId organisation, int firstYear, int lastYear) {
        var years = new ArrayList<Integer>();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(year);
        }
        var counts = new LinkedHashMap<String, int[]>();
        Arrays.stream(ComplaintTag.values()).forEach(tag -> counts.put(tag.name(), new int[years.size()]));
        jdbc.sql("""
                select extract(year from c.received_on)::int as y, t.tag as k, count(distinct c.id) as n
                from complaint c cross join unnest(c.tags) as t(tag) where c.organisation_id = :org
                and c.kind = 'COMPLAINT' and c.received_on between :first and :last group by 1, 2""")
                .param("org", organisation.value()).param("first", LocalDate.of(firstYear, 1, 1))
                .param("last", LocalDate.of(lastYear, 12, 31)).query((rs, n) -> {
                    int[] perYear = counts.get(rs.getString("k"));
                    if (perYear != null) {
                        perYear[rs.getInt("y") - firstYear] = rs.getInt("n");
                    }
                    return null;
                }).list();
        var lines = new LinkedHashMap<ComplaintTag, List<Integer>>();
        counts.forEach((tag, perYear) -> lines.put(ComplaintTag.valueOf(tag), Arrays.stream(perYear).boxed()
                .toList()));
        return new TagTrend(years, lines);
    }

    private int overdue(be.kompas.tenancy.OrganisationId organisation) {
        return jdbc.sql("select count(*) from complaint where organisation_id = :org and "
                + ComplaintRepository.OVERDUE).param("org", organisation.value())
                .param("today", LocalDate.now(clock.withZone(Formats.ZONE))).query(Integer.class).single();
    }

    /** Each share rounded on its own, half up, as Gent's report does. */
    static List<Share> shares(Map<String, Integer> counts, int base) {
        return counts.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue(), percent(e.getValue(), base)))
                .toList();
    }

    static int percent(int count, int base) {
        return base == 0 ? 0 : (int) Math.round(100.0 * count / base);
    }

    @Override
    public List<ExportRow> export(be.kompas.tenancy.OrganisationId organisation, LocalDate from, LocalDate to) {
        var calendar = workingDays.calendar(organisation);
        return jdbc.sql("""
                select c.*, (select string_agg(distinct s.unit_name, '; ') from complaint_staff s
                  where s.complaint_id = c.id) as units,
                  (select count(*) from complaint_staff s where s.complaint_id = c.id and s.staff_id is not null
                    or s.complaint_id = c.id and s.name is not null) as involved_staff,
                  (select array_agg(concat_ws(' ', s.personnel_number, s.name) order by s.name, s.personnel_number)
                    from complaint_staff s where s.complaint_id = c.id
                    and (s.personnel_number is not null or s.name is not null)) as staff
                from complaint c where c.organisation_id = :org and c.received_on between :from and :to
                order by c.received_on, c.reference""")
                .param("org", organisation.value()).param("from", from).param("to", to).query((rs, n) -> {
                    var receivedOn = rs.getObject("received_on", LocalDate.class);
                    var closedOn = rs.getObject("closed_on", LocalDate.class);
                    return new ExportRow(rs.getString("reference"), ComplaintKind.valueOf(rs.getString("kind")),
                            Channel.valueOf(rs.getString("channel")), receivedOn,
                            ComplaintStatus.valueOf(rs.getString("status")), rs.getString("fact_code"),
                            value(rs.getString("route"), Route.class), value(rs.getString("outcome"), Outcome.class),
                            closedOn, closedOn == null ? null : calendar.workingDaysBetween(receivedOn, closedOn),
                            rs.getString("units") == null ? "" : rs.getString("units"),
                            ComplaintRepository.tags(rs.getArray("tags")), rs.getInt("involved_staff"),
                            strings(rs.getArray("staff")));
                }).list();
    }

    private static List<String> strings(java.sql.@Nullable Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static <E extends Enum<E>> @Nullable E value(@Nullable String name, Class<E> type) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    @Override
    public List<NationalFigure> national(int year) {
        var counts = new LinkedHashMap<UUID, Map<String, Integer>>();
        jdbc.sql("""
                select organisation_id, fact_code, count(*) as n from complaint where kind = 'COMPLAINT'
                  and fact_code is not null and received_on between :first and :last group by 1, 2""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> counts.computeIfAbsent(rs.getObject("organisation_id", UUID.class),
                        id -> new TreeMap<>()).put(rs.getString("fact_code"), rs.getInt("n"))).list();
        var figures = new ArrayList<NationalFigure>();
        organisations.zones().forEach(o -> counts.getOrDefault(o.id().value(), Map.of()).forEach((code, count) ->
                figures.add(new NationalFigure(o.name(), o.zoneNumber(), code,
                        count < NationalFigure.SMALLEST_SHOWN ? null : count))));
        return figures;
    }
}
