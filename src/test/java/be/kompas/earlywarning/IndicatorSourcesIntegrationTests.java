package be.kompas.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.tenancy.OrganisationId;

/**
 * The indicators that the modules hand to early warning, recounted from their tables as docs/early-warning.md
 * defines them, in both demo zones: the sources count what the documentation says, and only their own zone's staff.
 */
@KompasIntegrationTest
class IndicatorSourcesIntegrationTests {

    private static final String LOOKUPS = "lookups.unjustified";

    /** Per indicator: staff member and count, from the rows, for :org and the days :from to :to inclusive. */
    private static final Map<String, String> RECOUNTS = Map.of(
            "complaints.received", """
                    select s.staff_id, count(distinct c.id) from complaint c
                    join complaint_staff s on s.complaint_id = c.id and s.staff_id is not null
                    where c.organisation_id = :org and c.kind = 'COMPLAINT' and c.duplicate_of is null
                      and c.received_on >= :from and c.received_on <= :to
                    group by s.staff_id""",
            "complaints.founded", """
                    select s.staff_id, count(distinct c.id) from complaint c
                    join complaint_staff s on s.complaint_id = c.id and s.staff_id is not null
                    where c.organisation_id = :org and c.kind = 'COMPLAINT'
                      and c.outcome in ('FOUNDED', 'PARTLY_FOUNDED') and c.closed_on >= :from and c.closed_on <= :to
                    group by s.staff_id""",
            "registers.use-of-force", """
                    select p.staff, count(distinct f.id) from force_report f
                    cross join lateral unnest(array_append(f.involved, f.officer_id)) as p(staff)
                    where f.organisation_id = :org and f.occurred_on >= :from and f.occurred_on <= :to
                    group by p.staff""",
            "registers.violence-suffered", """
                    select victim_id, count(*) from violence_report
                    where organisation_id = :org and occurred_on >= :from and occurred_on <= :to
                    group by victim_id""",
            "registers.ancillary-refused", """
                    select staff_id, count(*) from ancillary_activity
                    where organisation_id = :org and status = 'REFUSED'
                      and (updated_at at time zone 'Europe/Brussels')::date >= :from
                      and (updated_at at time zone 'Europe/Brussels')::date <= :to
                    group by staff_id""",
            "registers.ancillary-late", """
                    select staff_id, count(*) from ancillary_activity
                    where organisation_id = :org and starts_on <= (created_at at time zone 'Europe/Brussels')::date
                      and (created_at at time zone 'Europe/Brussels')::date >= :from
                      and (created_at at time zone 'Europe/Brussels')::date <= :to
                    group by staff_id""",
            LOOKUPS, """
                    select m.id, count(*) from lookup_alert a
                    join staff_member m on m.organisation_id = a.organisation_id and m.personnel_number = a.officer_id
                    where a.organisation_id = :org and a.status = 'UNJUSTIFIED'
                      and (a.decided_at at time zone 'Europe/Brussels')::date >= :from
                      and (a.decided_at at time zone 'Europe/Brussels')::date <= :to
                    group by m.id""");

    @Autowired
    List<IndicatorSource> sources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyIndicatorIsRecountedHere() {
        assertThat(sources.stream().flatMap(s -> s.indicators().stream()))
                .containsExactlyInAnyOrderElementsOf(RECOUNTS.keySet());
    }

    @Test
    void eachSourceCountsWhatTheDocumentationSaysForItsOwnZoneOnly() {
        LocalDate to = LocalDate.now(clock.withZone(Formats.ZONE));
        LocalDate from = to.minusMonths(24);
        var totals = new HashMap<String, Integer>();
        for (String zone : List.of("demo", "demo2")) {
            var organisation = new OrganisationId(jdbc.sql("select id from organisation where code = :code")
                    .param("code", zone).query(UUID.class).single());
            var ownStaff = jdbc.sql("select id from staff_member where organisation_id = :org")
                    .param("org", organisation.value()).query(UUID.class).set();
            for (IndicatorSource source : sources) {
                for (String indicator : source.indicators()) {
                    var counted = source.count(organisation, indicator, from, to);
                    var recounted = new HashMap<UUID, Integer>();
                    jdbc.sql(RECOUNTS.get(indicator)).param("org", organisation.value()).param("from", from)
                            .param("to", to).query(rs -> {
                                recounted.put(rs.getObject(1, UUID.class), rs.getInt(2));
                            });
                    assertThat(counted).as(zone + " " + indicator).isEqualTo(recounted);
                    assertThat(ownStaff).as(zone + " " + indicator).containsAll(counted.keySet());
                    totals.merge(indicator, counted.values().stream().mapToInt(Integer::intValue).sum(),
                            Integer::sum);
                }
            }
        }
        // The demo look-ups are of synthetic officers, none of them on the staff list: see the test below.
        totals.remove(LOOKUPS);
        assertThat(totals).as("events in the demo data per indicator").allSatisfy((indicator, total) -> assertThat(
                total).as(indicator).isPositive());
    }

    @Test
    void anUnjustifiedLookUpCountsForTheStaffMemberWithThatPersonnelNumber() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        var demo = new OrganisationId(jdbc.sql("select id from organisation where code = 'demo'").query(UUID.class)
                .single());
        var officer = jdbc.sql("select s.id, s.personnel_number from staff_member s join app_user u"
                + " on u.staff_member_id = s.id where u.username = 'demo.officer'")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).single();
        UUID alert = UUID.randomUUID();
        jdbc.sql("""
                insert into lookup_alert (id, organisation_id, import_id, event_id, officer_id, subject_id,
                  officer_pseudonym, subject_pseudonym, score, reasons, status, explanation, decided_by, decided_at)
                select :id, :org, i.id, :event, :officer, 'S-test', 'O-test', 'S-test', 90, 1, 'UNJUSTIFIED',
                  'test', 'test', now()
                from lookup_import i where i.organisation_id = :org limit 1""").param("id", alert)
                .param("org", demo.value()).param("event", "test-" + alert).param("officer", officer.getValue())
                .update();
        try {
            var source = sources.stream().filter(s -> s.indicators().contains(LOOKUPS)).findFirst().orElseThrow();
            var counted = source.count(demo, LOOKUPS, today.minusDays(1), today);
            assertThat(counted).containsEntry(officer.getKey(), 1);
            assertThat(source.count(demo, LOOKUPS, today.minusDays(30), today.minusDays(2)))
                    .doesNotContainKey(officer.getKey());
        }
        finally {
            jdbc.sql("delete from lookup_alert where id = :id").param("id", alert).update();
        }
    }
}
