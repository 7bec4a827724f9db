package be.kompas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.reporting.internal.Dashboards.Dashboard;

/** The figures the investigations and the look-up monitoring hand in, recounted from the demo rows. */
@KompasIntegrationTest
class ModuleFiguresIntegrationTests {

    private static final String CASES = "select count(*) from investigation_case c join organisation o"
            + " on o.id = c.organisation_id where o.code = ? and ";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private int year() {
        return LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
    }

    private Dashboard dashboard(String username, String path) throws Exception {
        var result = mvc.perform(get(path).with(SignedIn.as(username))).andExpect(status().isOk()).andReturn();
        return (Dashboard) Objects.requireNonNull(result.getModelAndView()).getModel().get("dashboard");
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private static FigureSection section(Dashboard dashboard, ReportSection section) {
        return dashboard.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow();
    }

    private static Figure headline(Dashboard dashboard, ReportSection section, String key) {
        return section(dashboard, section).headlines().stream().filter(f -> f.label().text().equals(key)).findFirst()
                .orElseThrow();
    }

    private static void assertYears(Figure figure, long now, long before) {
        assertThat(figure.value()).as(figure.label().text()).isEqualTo(now);
        assertThat(figure.previous()).as(figure.label().text() + " the year before").isEqualTo(before);
    }

    private void assertInvestigationFigures(String zone, Dashboard dashboard) {
        int year = year();
        long[] opened = new long[2];
        long[] closed = new long[2];
        long[] breaches = new long[2];
        long[] sanctions = new long[2];
        for (int i = 0; i < 2; i++) {
            int y = year - i;
            opened[i] = count(CASES + "extract(year from c.opened_on) = ?", zone, y);
            closed[i] = count(CASES + "extract(year from c.closed_on) = ?", zone, y);
            breaches[i] = count(CASES + "extract(year from c.decided_on) = ? and c.outcome in"
                    + " ('NON_DISCIPLINARY_MEASURE', 'LIGHT_SANCTION', 'HEAVY_SANCTION')", zone, y);
            sanctions[i] = count(CASES + "extract(year from c.decided_on) = ? and c.sanction_code is not null",
                    zone, y);
        }
        var section = ReportSection.INVESTIGATIONS;
        assertYears(headline(dashboard, section, "investigations.reporting.opened"), opened[0], opened[1]);
        assertYears(headline(dashboard, section, "investigations.reporting.closed"), closed[0], closed[1]);
        assertYears(headline(dashboard, section, "investigations.reporting.breaches"), breaches[0], breaches[1]);
        assertYears(headline(dashboard, section, "investigations.reporting.sanctions"), sanctions[0], sanctions[1]);
        var byTrack = section(dashboard, section).breakdowns().get(0);
        assertThat(byTrack.bars().stream().mapToLong(f -> Objects.requireNonNull(f.value())).sum())
                .isEqualTo(opened[0]);
        var toTriage = work(dashboard, "investigations.reporting.toTriage");
        assertThat(toTriage.open()).isEqualTo(count(CASES + "c.status = 'TRIAGE'", zone));
        assertThat(work(dashboard, "investigations.reporting.openCases").open())
                .isEqualTo(count(CASES + "c.status <> 'CLOSED' and c.purged_at is null", zone));
    }

    private static OpenWork work(Dashboard dashboard, String key) {
        return dashboard.work().stream().filter(w -> w.label().text().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void investigationFiguresAreTheCasesRecounted() throws Exception {
        var dashboard = dashboard("demo.coordinator", "/reporting");
        assertInvestigationFigures("demo", dashboard);
        assertThat(headline(dashboard, ReportSection.INVESTIGATIONS, "investigations.reporting.opened").value())
                .as("the demo year has cases").isGreaterThan(0);
        assertThat(headline(dashboard, ReportSection.INVESTIGATIONS, "investigations.reporting.sanctions").value())
                .as("the demo's closed disciplinary case").isGreaterThan(0);
        // Another zone: only its own cases.
        assertInvestigationFigures("demo2", dashboard("demo2.chief", "/reporting"));
    }

    @Test
    void lookupFiguresAreTheReviewTablesRecounted() throws Exception {
        int year = year();
        var dashboard = dashboard("demo.coordinator", "/reporting");
        String org = " organisation_id = (select id from organisation where code = 'demo') and ";
        String inYear = " at time zone 'Europe/Brussels') = ?";
        for (int i = 0; i < 2; i++) {
            int y = year - i;
            long[] expected = {
                    count("select count(*) from lookup_import where" + org
                            + "status = 'DONE' and extract(year from started_at" + inYear, y),
                    count("select coalesce(sum(events), 0) from lookup_import where" + org
                            + "status = 'DONE' and extract(year from started_at" + inYear, y),
                    count("select count(*) from lookup_alert a join lookup_import i on i.id = a.import_id where a."
                            + org.strip() + " i.status = 'DONE' and extract(year from i.started_at" + inYear, y),
                    count("select count(*) from lookup_alert where" + org
                            + "status = 'UNJUSTIFIED' and extract(year from decided_at" + inYear, y),
                    count("select count(*) from lookup_alert where" + org
                            + "status = 'JUSTIFIED' and extract(year from decided_at" + inYear, y),
                    count("select count(*) from lookup_sample where" + org
                            + "sent_at is not null and extract(year from sent_at" + inYear, y) };
            var keys = List.of("imports", "scanned", "proposed", "unjustified", "justified", "samples");
            for (int k = 0; k < keys.size(); k++) {
                var figure = headline(dashboard, ReportSection.LOOKUPS, "lookups.reporting." + keys.get(k));
                assertThat(i == 0 ? figure.value() : figure.previous()).as(keys.get(k) + " in " + y)
                        .isEqualTo(expected[k]);
            }
        }
        assertThat(headline(dashboard, ReportSection.LOOKUPS, "lookups.reporting.scanned").value())
                .as("the demo import").isGreaterThan(0);
        // demo2 has no import: its section is all zeros, never demo's look-ups.
        var other = dashboard("demo2.chief", "/reporting");
        assertThat(headline(other, ReportSection.LOOKUPS, "lookups.reporting.scanned").value()).isEqualTo(count(
                "select coalesce(sum(events), 0) from lookup_import i join organisation o on o.id = i.organisation_id"
                        + " where o.code = 'demo2' and i.status = 'DONE' and extract(year from i.started_at" + inYear,
                year));
    }

    @Test
    void aLineManagerSeesNoCasesNorLookUps() throws Exception {
        var dashboard = dashboard("demo.manager", "/reporting/unit");
        assertThat(dashboard.sections()).extracting(FigureSection::section)
                .doesNotContain(ReportSection.INVESTIGATIONS, ReportSection.LOOKUPS);
        assertThat(dashboard.work()).extracting(OpenWork::section).doesNotContain(ReportSection.INVESTIGATIONS);
    }

    @Test
    void annualReportHasTheInvestigationsAndLookupChapters() throws Exception {
        int year = year();
        byte[] pdf = mvc.perform(get("/api/v1/reports/annual").header(HttpHeaders.AUTHORIZATION, "Bearer "
                + logins.byUsername("demo.coordinator").orElseThrow().apiToken()).param("year", String.valueOf(year))
                .param("format", "pdf").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        long opened = count(CASES + "extract(year from c.opened_on) = ?", "demo", year);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Internal investigations and sanctions", "Cases opened " + opened,
                    "Cases opened per track", "Decisions per outcome", "Database look-up monitoring",
                    "Look-ups scanned");
            assertThat(text).containsPattern("Cases opened: " + opened + " in " + year);
        }
    }
}
