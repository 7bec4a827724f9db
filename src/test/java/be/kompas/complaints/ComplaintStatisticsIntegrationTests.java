package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class ComplaintStatisticsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organisations organisations;

    @Autowired
    ComplaintStatistics statistics;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    Clock clock;

    @Test
    void sharesOfTheOutcomesMatchTheRegister() throws Exception {
        int year = LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        // Recounted here from the rows, with decimal rounding half up, as Gent's report rounds.
        var counts = new HashMap<String, Integer>();
        jdbc.sql("select outcome from complaint c join organisation o on o.id = c.organisation_id"
                + " where o.code = 'demo' and c.kind = 'COMPLAINT' and c.closed_on is not null"
                + " and extract(year from closed_on) = :year").param("year", year).query(String.class).list()
                .forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("the demo year has closed complaints").isGreaterThan(20);

        var response = mvc.perform(new Api(logins).as("demo.chief", get("/api/v1/complaints/statistics")
                .param("year", String.valueOf(year)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total));
        for (Outcome outcome : Outcome.values()) {
            if (!outcome.fitsComplaints()) {
                continue;
            }
            int count = counts.getOrDefault(outcome.name(), 0);
            int percent = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
                    .intValue();
            response.andExpect(jsonPath("$.outcomes." + outcome.name() + ".count").value(count))
                    .andExpect(jsonPath("$.outcomes." + outcome.name() + ".percent").value(percent));
        }
        mvc.perform(new Api(logins).as("demo.customer", get("/api/v1/complaints/statistics")))
                .andExpect(status().isOk());
        for (String refused : new String[] { "aig.analyst", "demo.officer", "demo.dpo" }) {
            mvc.perform(new Api(logins).as(refused, get("/api/v1/complaints/statistics")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void countsPerOmbudsNormAndThemeMatchTheRegister() throws Exception {
        int year = LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        for (String zone : new String[] { "demo", "demo2" }) {
            // Recounted here from the rows: complaints received in the year carrying the tag.
            var perYear = new HashMap<String, Integer>();
            jdbc.sql("""
                    select extract(year from c.received_on)::int || ':' || t.tag as k, count(*) as n
                    from complaint c join organisation o on o.id = c.organisation_id, unnest(c.tags) as t(tag)
                    where o.code = :zone and c.kind = 'COMPLAINT' group by 1""").param("zone", zone)
                    .query((rs, n) -> perYear.put(rs.getString("k"), rs.getInt("n"))).list();
            int received = jdbc.sql("select count(*) from complaint c join organisation o on o.id = c.organisation_id"
                    + " where o.code = :zone and c.kind = 'COMPLAINT' and extract(year from received_on) = :year")
                    .param("zone", zone).param("year", year).query(Integer.class).single();
            if (zone.equals("demo")) {
                assertThat(perYear.keySet().stream().filter(k -> k.startsWith(year + ":")).count())
                        .as("the demo year has tagged complaints").isGreaterThan(3);
            }
            var response = mvc.perform(new Api(logins).as(zone + ".chief", get("/api/v1/complaints/statistics")
                    .param("year", String.valueOf(year)))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.received").value(received))
                    .andExpect(jsonPath("$.tagTrend.years[0]").value(year - 4))
                    .andExpect(jsonPath("$.tagTrend.years[4]").value(year));
            for (ComplaintTag tag : ComplaintTag.values()) {
                int count = perYear.getOrDefault(year + ":" + tag.name(), 0);
                int percent = received == 0 ? 0 : BigDecimal.valueOf(count * 100L)
                        .divide(BigDecimal.valueOf(received), 0, RoundingMode.HALF_UP).intValue();
                response.andExpect(jsonPath("$.byTag." + tag.name() + ".count").value(count))
                        .andExpect(jsonPath("$.byTag." + tag.name() + ".percent").value(percent));
                for (int back = 0; back < 5; back++) {
                    response.andExpect(jsonPath("$.tagTrend.counts." + tag.name() + "[" + back + "]")
                            .value(perYear.getOrDefault((year - 4 + back) + ":" + tag.name(), 0)));
                }
            }
        }
        // The page shows the breakdown with the count and share of a tag, and the trend chart over the years.
        var figures = statistics.year(organisations.findByCode("demo").orElseThrow().id(), year);
        var care = figures.byTag().stream().filter(share -> share.key().equals("NORM_COMMUNICATION")).findFirst()
                .orElseThrow();
        mvc.perform(get("/complaints/statistics").with(SignedIn.as("demo.customer")).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("By ombuds norm and theme")))
                .andExpect(content().string(containsString("Ombuds norms and themes over the years")))
                .andExpect(content().string(containsString("Norm: adequate communication</td><td>" + care.count()
                        + "</td>\n      <td>" + care.percent() + " %</td>")))
                .andExpect(content().string(containsString("aria-label=\"Norm: adequate communication, " + year
                        + ": " + care.count() + " complaints\"")));
    }

    @Test
    void showsTheFiguresPageWithTheBaseAndTheTrend() throws Exception {
        mvc.perform(get("/complaints/statistics").with(SignedIn.as("demo.chief")).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("complaints closed in the year")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("compliments and thanks received")));
    }

    @Test
    void exportsTheYearAsCsvWithoutPersonalData() throws Exception {
        int year = LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        byte[] csv = mvc.perform(get("/complaints/statistics/export.csv").param("from", year + "-01-01")
                .param("to", year + "-12-31").with(SignedIn.as("demo.customer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFreference,kind,channel,received_on");
        int items = jdbc.sql("select count(*) from complaint c join organisation o on o.id = c.organisation_id"
                + " where o.code = 'demo' and extract(year from received_on) = :year").param("year", year)
                .query(Integer.class).single();
        assertThat(text.split("\r\n")).hasSize(items + 1);
        assertThat(text).doesNotContain("Marleen Verhaeghe", "@example", "fietsdiefstal");
    }

    @Test
    void showsTheAigOnlyAggregatesWithSmallCountsHidden() throws Exception {
        int year = LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        var figures = statistics.national(year);
        assertThat(figures).isNotEmpty().allSatisfy(figure -> assertThat(figure.count())
                .satisfiesAnyOf(count -> assertThat(count).isNull(), count -> assertThat(count).isGreaterThanOrEqualTo(5)));
        // The raw count behind a hidden figure is below 5 indeed.
        var hidden = figures.stream().filter(figure -> figure.count() == null).findFirst().orElseThrow();
        int raw = jdbc.sql("select count(*) from complaint c join organisation o on o.id = c.organisation_id"
                + " where o.name = :zone and c.fact_code = :code and c.kind = 'COMPLAINT'"
                + " and extract(year from received_on) = :year").param("zone", hidden.zone())
                .param("code", hidden.factCode()).param("year", year).query(Integer.class).single();
        assertThat(raw).isBetween(1, 4);

        mvc.perform(get("/complaints/national").with(SignedIn.as("aig.analyst")).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("PZ Demostad")))
                .andExpect(content().string(containsString("fewer than 5")))
                .andExpect(content().string(not(containsString("Marleen Verhaeghe"))))
                .andExpect(content().string(not(containsString("fietsdiefstal"))));
        mvc.perform(get("/complaints/national").with(SignedIn.as("demo.customer"))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
    }

    @Test
    void findsAndAnonymisesComplainantsWhileTheFiguresStay() {
        var demo2 = organisations.findByCode("demo2").orElseThrow().id();
        var holder = holders.stream().filter(h -> h.recordTypes().stream()
                .anyMatch(type -> type.code().equals("complaints.complainant"))).findFirst().orElseThrow();
        assertThat(holder.findAbout(demo2, "claire dubois")).hasSize(3)
                .allSatisfy(record -> assertThat(record.fields()).containsEntry("name", "Claire Dubois"));
        assertThat(holder.findAbout(organisations.findByCode("demo").orElseThrow().id(), "claire dubois")).isEmpty();
        int year = LocalDate.now(clock.withZone(Formats.ZONE)).minusDays(5).getYear();
        int closedBefore = statistics.year(demo2, year).closed();

        // A message sent to Comité P about the closed complaint may quote the complainant: it goes, its date stays.
        assertThat(jdbc.sql("""
                update complaint_information_duty d set message = 'About Claire Dubois', sent_on = c.closed_on
                from complaint c where c.id = d.complaint_id and c.organisation_id = :org and c.status = 'CLOSED'""")
                .param("org", demo2.value()).update()).isPositive();
        assertThat(holder.purge(demo2, "complaints.complainant", Instant.now(clock).plus(1, ChronoUnit.DAYS)))
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) filter (where message is not null) || '/' || count(sent_on)"
                + " from complaint_information_duty where organisation_id = :org").param("org", demo2.value())
                .query(String.class).single()).startsWith("0/").isNotEqualTo("0/0");
        assertThat(holder.findAbout(demo2, "claire dubois")).hasSize(2);
        assertThat(statistics.year(demo2, year).closed()).isEqualTo(closedBefore);
        Map<String, Object> anonymised = jdbc.sql("select complainant_name, description, outcome, fact_code"
                + " from complaint where organisation_id = :org and anonymised_at is not null")
                .param("org", demo2.value()).query().singleRow();
        assertThat(anonymised).containsEntry("complainant_name", null).containsEntry("description", "")
                .containsEntry("outcome", "UNFOUNDED").containsEntry("fact_code", "1.2");
    }
}
