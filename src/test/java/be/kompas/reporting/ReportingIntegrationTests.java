package be.kompas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.kompas.KompasIntegrationTest;
import be.kompas.Menu;
import be.kompas.core.Formats;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.reporting.internal.Dashboards.Dashboard;

@KompasIntegrationTest
class ReportingIntegrationTests {

    /** Investigation cases of a zone (by code), for the figures the investigations hand in. */
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

    private MockHttpServletRequestBuilder api(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer "
                + logins.byUsername(username).orElseThrow().apiToken());
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

    private static Figure headline(Dashboard dashboard, ReportSection section, String key) {
        return dashboard.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow()
                .headlines().stream().filter(f -> f.label().text().equals(key)).findFirst().orElseThrow();
    }

    private static OpenWork work(Dashboard dashboard, String key) {
        return dashboard.work().stream().filter(w -> w.label().text().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void organisationDashboardShowsTheFiguresOfTheRegisters() throws Exception {
        int year = year();
        var dashboard = dashboard("demo.coordinator", "/reporting");
        // Recounted from the rows, for this year and the year before.
        for (int y : List.of(year, year - 1)) {
            long complaints = count("select count(*) from complaint c join organisation o on o.id = c.organisation_id"
                    + " where o.code = 'demo' and c.kind = 'COMPLAINT' and extract(year from c.received_on) = ?", y);
            long force = count("select count(*) from force_report f join organisation o on o.id = f.organisation_id"
                    + " where o.code = 'demo' and extract(year from f.occurred_on) = ?", y);
            var complaintFigure = headline(dashboard, ReportSection.COMPLAINTS, "reporting.complaints.received");
            var forceFigure = headline(dashboard, ReportSection.USE_OF_FORCE, "registers.nav.force");
            assertThat(y == year ? complaintFigure.value() : complaintFigure.previous()).isEqualTo(complaints);
            assertThat(y == year ? forceFigure.value() : forceFigure.previous()).isEqualTo(force);
        }
        assertThat(headline(dashboard, ReportSection.COMPLAINTS, "reporting.complaints.received").value())
                .as("the demo year has complaints").isGreaterThan(20);
        // Per ombuds norm and theme (a complaint with two tags counts for each), this year and the year before.
        String tags = "select 'complaints.tag.' || t.tag, count(distinct c.id) from complaint c"
                + " cross join unnest(c.tags) as t(tag) join organisation o on o.id = c.organisation_id"
                + " where o.code = 'demo' and c.kind = 'COMPLAINT' and extract(year from c.received_on) = ? group by 1";
        var tagsNow = counts(false, tags, year);
        var tagsBefore = counts(false, tags, year - 1);
        var byTag = section(dashboard, ReportSection.COMPLAINTS).breakdowns().stream()
                .filter(b -> b.title().text().equals("complaints.statistics.byTag")).findFirst().orElseThrow();
        assertThat(byTag.bars()).extracting(f -> f.label().text()).containsExactlyElementsOf(
                java.util.Arrays.stream(be.kompas.complaints.ComplaintTag.values())
                        .map(t -> "complaints.tag." + t.name()).toList());
        byTag.bars().forEach(f -> assertYears(f, Objects.requireNonNullElse(tagsNow.get(f.label().text()), 0L),
                Objects.requireNonNullElse(tagsBefore.get(f.label().text()), 0L)));
        assertThat(tagsNow.values()).as("the demo year has tagged complaints").isNotEmpty();
        long open = count("select count(*) from complaint c join organisation o on o.id = c.organisation_id"
                + " where o.code = 'demo' and c.status <> 'CLOSED'");
        assertThat(work(dashboard, "reporting.complaints.open").open()).isEqualTo(open);
        long actions = count("select count(*) from policy_action a join organisation o on o.id = a.organisation_id"
                + " where o.code = 'demo'");
        assertThat(headline(dashboard, ReportSection.ACTION_PLAN, "reporting.actions.total").value())
                .isEqualTo(actions);
        long risksAorB = count("select count(*) from policy_risk r join organisation o on o.id = r.organisation_id"
                + " where o.code = 'demo'");
        assertThat(headline(dashboard, ReportSection.RISKS, "reporting.risks.total").value()).isEqualTo(risksAorB);
        // The page draws the charts inline.
        mvc.perform(get("/reporting").with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("<svg")));
    }

    @Test
    void lineManagersSeeOnlyTheirUnit() throws Exception {
        int year = year();
        var dashboard = dashboard("demo.manager", "/reporting/unit");
        long force = count("""
                with recursive tree as (
                  select u.id from unit u join staff_member s on s.unit_id = u.id join app_user a on a.staff_member_id = s.id
                   where a.username = 'demo.manager'
                  union select u.id from unit u join tree t on u.parent_id = t.id)
                select count(*) from force_report f join staff_member s on s.id = f.officer_id
                 where s.unit_id in (select id from tree) and extract(year from f.occurred_on) = ?""", year);
        long all = count("select count(*) from force_report f join organisation o on o.id = f.organisation_id"
                + " where o.code = 'demo' and extract(year from f.occurred_on) = ?", year);
        assertThat(headline(dashboard, ReportSection.USE_OF_FORCE, "registers.nav.force").value()).isEqualTo(force);
        assertThat(force).isLessThan(all);
        assertThat(dashboard.unitName()).isNotBlank();
        assertThat(dashboard.sections()).extracting(FigureSection::section)
                .doesNotContain(ReportSection.RISKS, ReportSection.ADVICE, ReportSection.GIFTS);
        mvc.perform(get("/reporting").with(SignedIn.as("demo.manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/reporting/national").with(SignedIn.as("demo.manager"))).andExpect(status().isForbidden());
    }

    @Test
    void theMenuLeadsEachRoleToItsOwnDashboardsAndReports() throws Exception {
        var reporting = List.of("/reporting", "/reporting/reports", "/reporting/unit", "/reporting/national");
        var expected = Map.of("demo.chief", List.of("/reporting", "/reporting/reports"),
                "demo.coordinator", List.of("/reporting", "/reporting/reports"),
                "demo.manager", List.of("/reporting/unit"),
                "aig.analyst", List.of("/reporting/national", "/reporting/reports"),
                "demo.officer", List.<String>of());
        Menu.leadsTo(mvc, reporting, expected);
    }

    @Test
    void othersAreRefused() throws Exception {
        for (String path : List.of("/reporting", "/reporting/unit", "/reporting/national", "/reporting/reports")) {
            mvc.perform(get(path).with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/reporting").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/reporting/national").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isForbidden());
        String year = String.valueOf(year());
        for (String user : List.of("demo.officer", "demo.manager", "demo.customer", "aig.analyst")) {
            mvc.perform(api(user, get("/api/v1/reports/annual").param("year", year))).andExpect(status().isForbidden());
        }
        for (String user : List.of("demo.officer", "demo.chief", "demo.coordinator")) {
            mvc.perform(api(user, get("/api/v1/reports/national").param("year", year)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(api("demo.chief", get("/api/v1/reports/annual").param("year", year).param("format", "odt")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void nationalDashboardHidesSmallCountsAndNames() throws Exception {
        int year = year();
        var result = mvc.perform(get("/reporting/national").with(SignedIn.as("aig.analyst")))
                .andExpect(status().isOk()).andReturn();
        String page = result.getResponse().getContentAsString();
        for (String name : jdbc.sql("select given_name || ' ' || surname from staff_member").query(String.class)
                .list()) {
            assertThat(page).doesNotContain(name);
        }
        @SuppressWarnings("unchecked")
        var sections = (List<FigureSection>) Objects.requireNonNull(result.getModelAndView()).getModel()
                .get("sections");
        for (var section : sections) {
            for (var grid : section.grids()) {
                grid.rows().forEach(row -> row.cells().forEach(cell -> assertThat(cell == null || cell == 0
                        || cell >= SmallCounts.SMALLEST_SHOWN).isTrue()));
            }
            for (var breakdown : section.breakdowns()) {
                breakdown.bars().forEach(bar -> assertThat(bar.value() == null || bar.value() == 0
                        || bar.value() >= SmallCounts.SMALLEST_SHOWN).isTrue());
            }
        }
        // Demostad's complaints per fact-code group, recounted: small groups hidden, others exact.
        var complaints = sections.stream().filter(s -> s.section() == ReportSection.COMPLAINTS).findFirst()
                .orElseThrow().grids().get(0);
        var demo = complaints.rows().stream().filter(r -> r.label().text().equals("PZ Demostad")).findFirst()
                .orElseThrow();
        for (int group = 1; group <= 6; group++) {
            long counted = count("select count(*) from complaint c join organisation o on o.id = c.organisation_id"
                    + " where o.code = 'demo' and c.kind = 'COMPLAINT' and split_part(c.fact_code, '.', 1) = ?"
                    + " and extract(year from c.received_on) = ?", String.valueOf(group), year);
            assertThat(demo.cells().get(group)).isEqualTo(counted > 0 && counted < 5 ? null : counted);
        }
        assertThat(complaints.rows()).extracting(r -> r.label().text()).doesNotContain("AIG – Algemene Inspectie (demo)");
    }

    /** The sections of the national dashboard, as the AIG analyst sees them. */
    private List<FigureSection> nationalSections() throws Exception {
        var result = mvc.perform(get("/reporting/national").with(SignedIn.as("aig.analyst")))
                .andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        var sections = (List<FigureSection>) Objects.requireNonNull(result.getModelAndView()).getModel()
                .get("sections");
        return sections;
    }

    private static @Nullable Long hidden(long count) {
        return count > 0 && count < 5 ? null : count;
    }

    /**
     * Per column, counts from 1 to 4 hidden; if that hides exactly one cell, the smallest other count above 0 too,
     * since the column's total is published (domain.md 13.10 against differencing).
     */
    private static List<List<@Nullable Long>> suppressed(List<long[]> rows) {
        var shown = new ArrayList<List<@Nullable Long>>();
        rows.forEach(r -> shown.add(new ArrayList<>(
                java.util.Arrays.stream(r).mapToObj(ReportingIntegrationTests::hidden).toList())));
        for (int c = 0; !rows.isEmpty() && c < rows.get(0).length; c++) {
            int column = c;
            if (shown.stream().filter(r -> r.get(column) == null).count() == 1) {
                shown.stream().filter(r -> r.get(column) != null && r.get(column) > 0)
                        .min(java.util.Comparator.comparing(r -> r.get(column))).ifPresent(r -> r.set(column, null));
            }
        }
        return shown;
    }

    @Test
    void nationalInvestigationAndLookUpFiguresAreRecountedPerZone() throws Exception {
        int year = year();
        var sections = nationalSections();
        var cases = sections.stream().filter(s -> s.section() == ReportSection.INVESTIGATIONS).findFirst()
                .orElseThrow();
        var lookups = sections.stream().filter(s -> s.section() == ReportSection.LOOKUPS).findFirst().orElseThrow();
        String lookupsOf = " organisation_id = (select id from organisation where name = ?) and ";
        String inYear = " at time zone 'Europe/Brussels') = ?";
        String casesOf = "select count(*) from investigation_case c join organisation o on o.id = c.organisation_id"
                + " where o.name = ? and ";
        var caseGrid = cases.grids().get(0);
        var caseCounts = new ArrayList<long[]>();
        for (var row : caseGrid.rows()) {
            String zone = row.label().text();
            caseCounts.add(new long[] { count(casesOf + "extract(year from c.opened_on) = ?", zone, year),
                    count(casesOf + "extract(year from c.closed_on) = ?", zone, year),
                    count(casesOf + "extract(year from c.decided_on) = ? and c.outcome in"
                            + " ('NON_DISCIPLINARY_MEASURE', 'LIGHT_SANCTION', 'HEAVY_SANCTION')", zone, year),
                    count(casesOf + "extract(year from c.decided_on) = ? and c.sanction_code is not null", zone,
                            year) });
        }
        assertThat(caseGrid.rows()).extracting(Grid.Row::cells).containsExactlyElementsOf(suppressed(caseCounts));
        var lookupGrid = lookups.grids().get(0);
        var lookupCounts = new ArrayList<long[]>();
        for (var row : lookupGrid.rows()) {
            String zone = row.label().text();
            lookupCounts.add(new long[] { count("select count(*) from lookup_alert a join lookup_import i"
                    + " on i.id = a.import_id where a." + lookupsOf.strip() + " i.status = 'DONE'"
                    + " and extract(year from i.started_at" + inYear, zone, year),
                    count("select count(*) from lookup_alert where" + lookupsOf
                            + "status = 'UNJUSTIFIED' and extract(year from decided_at" + inYear, zone, year),
                    count("select count(*) from lookup_alert where" + lookupsOf
                            + "status = 'JUSTIFIED' and extract(year from decided_at" + inYear, zone, year) });
        }
        assertThat(lookupGrid.rows()).extracting(Grid.Row::cells).containsExactlyElementsOf(suppressed(lookupCounts));
        assertThat(caseGrid.rows()).extracting(r -> r.label().text()).contains("PZ Demostad", "ZP Exempleville");
        long opened = caseCounts.stream().mapToLong(c -> c[0]).sum();
        long proposed = lookupCounts.stream().mapToLong(c -> c[0]).sum();
        assertThat(cases.grids().get(0).rows()).extracting(r -> r.label().text())
                .doesNotContain("AIG – Algemene Inspectie (demo)");
        assertThat(headline(cases.headlines(), "investigations.reporting.opened").value()).isEqualTo(hidden(opened));
        assertThat(headline(lookups.headlines(), "lookups.reporting.proposed").value())
                .as("the demo import proposes look-ups").isEqualTo(hidden(proposed)).isNotNull().isPositive();
        // Across zones: per track and per sanction kind, per reason; every bar recounted, small ones hidden.
        var byTrack = cases.breakdowns().get(0);
        for (var bar : byTrack.bars()) {
            String track = bar.label().text().replace("investigations.track.", "");
            long n = track.equals("investigations.reporting.untriaged")
                    ? count("select count(*) from investigation_case c join organisation o on o.id = c.organisation_id"
                            + " where o.kind <> 'INSPECTORATE' and c.track is null"
                            + " and extract(year from c.opened_on) = ?", year)
                    : count("select count(*) from investigation_case c join organisation o on o.id = c.organisation_id"
                            + " where o.kind <> 'INSPECTORATE' and c.track = ?"
                            + " and extract(year from c.opened_on) = ?", track, year);
            assertThat(bar.value()).as(track).isEqualTo(hidden(n));
        }
        for (var bar : cases.breakdowns().get(2).bars()) {
            String kind = bar.label().text().replace("investigations.sanction.", "");
            assertThat(bar.value()).as(kind).isEqualTo(hidden(count("select count(*) from investigation_case c"
                    + " join organisation o on o.id = c.organisation_id where o.kind <> 'INSPECTORATE'"
                    + " and c.sanction_code = ? and extract(year from c.decided_on) = ?", kind, year)));
        }
        var byReason = lookups.breakdowns().get(0);
        assertThat(byReason.bars()).hasSize(10);
        for (var bar : byReason.bars()) {
            String reason = bar.label().text().replace("lookups.reason.", "");
            int bit = 1 << List.of("SELF", "COLLEAGUE", "SAME_SURNAME", "SAME_ADDRESS", "DECLARED_RELATION", "VIP",
                    "OFF_DUTY", "UNEXPLAINED", "BULK", "REPEAT").indexOf(reason);
            assertThat(bar.value()).as(reason).isEqualTo(hidden(count("select count(*) from lookup_alert a"
                    + " join lookup_import i on i.id = a.import_id where (a.reasons & ?) <> 0 and i.status = 'DONE'"
                    + " and extract(year from i.started_at" + inYear, bit, year)));
        }
        assertThat(byReason.bars()).as("some reason shown").anyMatch(b -> b.value() != null && b.value() > 0);
        // The PDF holds both chapters.
        byte[] pdf = mvc.perform(api("aig.analyst", get("/api/v1/reports/national").param("year",
                String.valueOf(year)).param("lang", "en"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Internal investigations and sanctions", "Cases per zone",
                    "Cases closed per track", "Database look-up monitoring", "Look-up monitoring per zone",
                    "Look-ups proposed for review per reason");
        }
    }

    private static Figure headline(List<Figure> headlines, String key) {
        return headlines.stream().filter(f -> f.label().text().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void annualReportIsAPdfWithCharts() throws Exception {
        int year = year();
        byte[] pdf = mvc.perform(api("demo.coordinator", get("/api/v1/reports/annual").param("year",
                String.valueOf(year)).param("format", "pdf").param("lang", "en")))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        long complaints = count("select count(*) from complaint c join organisation o on o.id = c.organisation_id"
                + " where o.code = 'demo' and c.kind = 'COMPLAINT' and extract(year from c.received_on) = ?", year);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Annual integrity report " + year, "PZ Demostad", "Citizen complaints",
                    "Complaints received " + complaints, "Internal investigations", "Use of force",
                    "Follow-up of recommendations");
            assertThat(text).containsPattern("Complaints received: " + complaints + " in " + year);
            assertThat(text).doesNotContain("ZP Exempleville");
            // The chapters the investigations and the look-up monitoring hand in.
            long opened = count(CASES + "extract(year from c.opened_on) = ?", "demo", year);
            assertThat(text).contains("Internal investigations and sanctions", "Cases opened " + opened,
                    "Cases opened per track", "Decisions per outcome", "Database look-up monitoring",
                    "Look-ups scanned");
            assertThat(text).containsPattern("Cases opened: " + opened + " in " + year);
            var renderer = new PDFRenderer(document);
            int chartPixels = 0;
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                chartPixels += chartPixels(renderer.renderImageWithDPI(page, 50));
            }
            // The second series of every chart (the year before) is drawn in orange, which nothing else uses.
            assertThat(chartPixels).as("pixels of chart bars").isGreaterThan(500);
        }
    }

    private static int chartPixels(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0xc5) < 20 && Math.abs(g - 0x5a) < 20 && Math.abs(b - 0x11) < 20) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void annualReportIsAnEditableWordDocumentInDutch() throws Exception {
        int year = year();
        byte[] docx = mvc.perform(api("demo.chief", get("/api/v1/reports/annual").param("year", String.valueOf(year))
                .param("format", "docx").param("lang", "nl"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var text = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("Jaarverslag integriteit " + year, "Klachten en felicitaties van burgers",
                    "Geweldgebruik");
            assertThat(document.getAllPictures()).as("charts").isNotEmpty();
        }
    }

    @Test
    void violenceReportB10HoldsOnlyItsSections() throws Exception {
        byte[] pdf = mvc.perform(api("demo.coordinator", get("/api/v1/reports/annual").param("year",
                String.valueOf(year())).param("report", "B10").param("lang", "fr"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Rapport annuel sur la violence contre et par la police", "Usage de la force",
                    "Violence contre la police");
            assertThat(text).doesNotContain("Plaintes et félicitations", "Registre des risques");
        }
    }

    @Test
    void anotherZoneSeesOnlyItsOwnFigures() throws Exception {
        int year = year();
        var dashboard = dashboard("demo2.chief", "/reporting");
        long complaints = count("select count(*) from complaint c join organisation o on o.id = c.organisation_id"
                + " where o.code = 'demo2' and c.kind = 'COMPLAINT' and extract(year from c.received_on) = ?", year);
        long force = count("select count(*) from force_report f join organisation o on o.id = f.organisation_id"
                + " where o.code = 'demo2' and extract(year from f.occurred_on) = ?", year);
        assertThat(headline(dashboard, ReportSection.COMPLAINTS, "reporting.complaints.received").value())
                .isEqualTo(complaints);
        var forceSection = dashboard.sections().stream().filter(s -> s.section() == ReportSection.USE_OF_FORCE)
                .findFirst().orElseThrow();
        assertThat(forceSection.headlines().get(0).value()).isEqualTo(force);
        byte[] pdf = mvc.perform(api("demo2.coordinator", get("/api/v1/reports/annual").param("year",
                String.valueOf(year)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ZP Exempleville").doesNotContain("PZ Demostad");
        }
    }

    @Test
    void aReportBuiltInTheBackgroundEndsWithTheFileForItsOwnerOnly() throws Exception {
        String location = mvc.perform(post("/reporting/reports").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("report", "ANNUAL").param("year", String.valueOf(year())).param("format", "pdf")
                .param("language", "en")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/reporting/reports/jobs/");
        mvc.perform(get(location).with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk());
        mvc.perform(get(location).with(SignedIn.as("demo.chief"))).andExpect(status().isNotFound());
        var statuses = new ArrayList<String>();
        for (int i = 0; i < 600; i++) {
            String fragment = mvc.perform(get(location + "/progress").with(SignedIn.as("demo.coordinator")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            statuses.add(fragment);
            if (fragment.contains("id=\"download\"")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(statuses.get(statuses.size() - 1)).contains("id=\"download\"").contains("<progress");
        byte[] pdf = mvc.perform(get(location + "/file").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        mvc.perform(post("/reporting/reports").with(SignedIn.as("demo.chief")).with(csrf()).param("report",
                "NATIONAL").param("year", String.valueOf(year())).param("format", "pdf"))
                .andExpect(status().isForbidden());
    }

    @Test
    void nationalReportIsAPdfWithoutNames() throws Exception {
        byte[] pdf = mvc.perform(api("aig.analyst", get("/api/v1/reports/national").param("year",
                String.valueOf(year())).param("lang", "en"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("National integrity report", "PZ Demostad", "ZP Exempleville");
            for (String name : jdbc.sql("select given_name || ' ' || surname from staff_member")
                    .query(String.class).list()) {
                assertThat(text).doesNotContain(name);
            }
        }
    }

    private static FigureSection section(Dashboard dashboard, ReportSection section) {
        return dashboard.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow();
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

    @Test
    void violenceAndAncillaryFiguresAreTheRegistersRecounted() throws Exception {
        int year = year();
        for (String zone : List.of("demo", "demo2")) {
            var dashboard = dashboard(zone + ".coordinator", "/reporting");
            String violence = "select count(*) from violence_report v join organisation o on o.id = v.organisation_id"
                    + " where o.code = ? and extract(year from v.occurred_on) = ?";
            assertYears(headline(dashboard, ReportSection.VIOLENCE, "registers.nav.violence"),
                    count(violence, zone, year), count(violence, zone, year - 1));
            String applications = "select count(*) from ancillary_activity a join organisation o"
                    + " on o.id = a.organisation_id where o.code = ? and extract(year from a.created_at) = ?";
            assertYears(headline(dashboard, ReportSection.ANCILLARY, "reporting.ancillary.applications"),
                    count(applications, zone, year), count(applications, zone, year - 1));
            String refused = applications + " and a.status = 'REFUSED'";
            assertYears(headline(dashboard, ReportSection.ANCILLARY, "registers.ancillary.status.REFUSED"),
                    count(refused, zone, year), count(refused, zone, year - 1));
        }
        assertThat(headline(dashboard("demo.coordinator", "/reporting"), ReportSection.VIOLENCE,
                "registers.nav.violence").value()).as("the demo year has violence reports").isPositive();
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

    /** Label (key or data) to count, from a query of two columns, small counts hidden when {@code hide}. */
    private Map<String, @Nullable Long> counts(boolean hide, String sql, Object... params) {
        var counts = new java.util.HashMap<String, @Nullable Long>();
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        statement.query(rs -> {
            long count = rs.getLong(2);
            // Not a conditional expression: with a long on one side it would unbox the hidden (null) count.
            counts.put(rs.getString(1), hide ? hidden(count) : Long.valueOf(count));
        });
        return counts;
    }

    /** The bars of a section's breakdown by its title key, as label to this year's value. */
    private static Map<String, @Nullable Long> bars(Dashboard dashboard, ReportSection section, String title) {
        var bars = new java.util.HashMap<String, @Nullable Long>();
        section(dashboard, section).breakdowns().stream().filter(b -> b.title().text().equals(title)).findFirst()
                .orElseThrow().bars().forEach(f -> bars.put(f.label().text(), f.value()));
        return bars;
    }

    @Test
    void adviceGiftScreeningMaturityAndRecommendationFiguresAreRecounted() throws Exception {
        int year = year();
        String org = "(select id from organisation where code = ?)";
        for (String zone : List.of("demo", "demo2")) {
            var dashboard = dashboard(zone + ".coordinator", "/reporting");
            // Advice Point: questions only, every count from 1 to 4 hidden; the mean lead time in days.
            String questions = "from advice_report where organisation_id = " + org
                    + " and kind = 'QUESTION' and extract(year from received_on) = ?";
            var asked = headline(dashboard, ReportSection.ADVICE, "reporting.advice.questions");
            assertThat(asked.value()).as(zone).isEqualTo(hidden(count("select count(*) " + questions, zone, year)));
            assertThat(asked.previous()).isEqualTo(hidden(count("select count(*) " + questions, zone, year - 1)));
            var days = jdbc.sql("select round(avg(coalesce(answered_on, closed_on) - received_on))::bigint "
                    + questions).param(zone).param(year)
                    .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class))).single();
            assertThat(headline(dashboard, ReportSection.ADVICE, "reporting.advice.averageDays").value())
                    .isEqualTo(days.orElse(null));
            assertThat(bars(dashboard, ReportSection.ADVICE, "reporting.advice.byCategory"))
                    .isEqualTo(counts(true, "select coalesce(nullif(c.label, ''), 'advice.category.' || r.code),"
                            + " r.n from (select category_code as code, count(*) as n " + questions
                            + " group by 1) r left join advice_category c on c.code = r.code and c.organisation_id = "
                            + org, zone, year, zone));
            assertThat(bars(dashboard, ReportSection.ADVICE, "reporting.advice.byFollowUp"))
                    .isEqualTo(counts(true, "select case when forwarded_to is null then 'advice.status.' || status"
                            + " else 'advice.target.' || forwarded_to end, count(*) " + questions + " group by 1",
                            zone, year));
            // Gifts: declarations received in the year, per kind and per acceptance.
            String gifts = "from gift_declaration where organisation_id = " + org
                    + " and extract(year from received_on) = ?";
            assertYears(headline(dashboard, ReportSection.GIFTS, "registers.nav.gifts"),
                    count("select count(*) " + gifts, zone, year), count("select count(*) " + gifts, zone, year - 1));
            assertThat(bars(dashboard, ReportSection.GIFTS, "registers.stats.byGiftKind")).isEqualTo(counts(false,
                    "select 'registers.giftKind.' || kind, count(*) " + gifts + " group by 1", zone, year));
            assertThat(bars(dashboard, ReportSection.GIFTS, "registers.stats.byAccepted")).isEqualTo(counts(false,
                    "select 'registers.gift.accepted.' || accepted, count(*) " + gifts + " group by 1", zone, year));
            // Screening: due in the year, done in the year.
            for (String column : List.of("due", "done")) {
                String screenings = "select count(*) from screening_record where organisation_id = " + org
                        + " and extract(year from " + column + "_on) = ?";
                assertYears(headline(dashboard, ReportSection.SCREENING, "reporting.screening." + column),
                        count(screenings, zone, year), count(screenings, zone, year - 1));
            }
            // Maturity: the topics scored in the year, each bar the level.
            String scores = "from policy_maturity_score where organisation_id = " + org + " and year = ?";
            assertYears(headline(dashboard, ReportSection.MATURITY, "reporting.maturity.scored"),
                    count("select count(*) " + scores, zone, year), count("select count(*) " + scores, zone, year - 1));
            var levels = counts(false, "select 'policy.topic.' || topic, level " + scores, zone, year);
            if (!levels.isEmpty()) {
                assertThat(bars(dashboard, ReportSection.MATURITY, "reporting.maturity.levels")).isEqualTo(levels);
            }
            // Recommendations as they stand today: total, implemented, overdue, per status.
            String recommendations = "from policy_recommendation where organisation_id = " + org;
            LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
            var section = ReportSection.RECOMMENDATIONS;
            assertThat(headline(dashboard, section, "reporting.recommendations.total").value())
                    .isEqualTo(count("select count(*) " + recommendations, zone));
            assertThat(headline(dashboard, section, "reporting.recommendations.implemented").value())
                    .isEqualTo(count("select count(*) " + recommendations + " and status = 'IMPLEMENTED'", zone));
            assertThat(headline(dashboard, section, "reporting.recommendations.overdue").value()).isEqualTo(count(
                    "select count(*) " + recommendations + " and status <> 'IMPLEMENTED' and due_date < ?", zone,
                    today));
            var perStatus = bars(dashboard, section, "reporting.recommendations.byStatus");
            perStatus.values().removeIf(n -> n != null && n == 0);
            assertThat(perStatus).isEqualTo(counts(false, "select 'policy.recommendation.status.' || status,"
                    + " count(*) " + recommendations + " group by 1", zone));
        }
        var demo = dashboard("demo.coordinator", "/reporting");
        assertThat(headline(demo, ReportSection.GIFTS, "registers.nav.gifts").value()).as("demo gifts").isPositive();
        assertThat(headline(demo, ReportSection.RECOMMENDATIONS, "reporting.recommendations.total").value())
                .as("demo recommendations").isPositive();
    }

    @Test
    void aLineManagerSeesNoCasesNorLookUps() throws Exception {
        var dashboard = dashboard("demo.manager", "/reporting/unit");
        assertThat(dashboard.sections()).extracting(FigureSection::section)
                .doesNotContain(ReportSection.INVESTIGATIONS, ReportSection.LOOKUPS);
        assertThat(dashboard.work()).extracting(OpenWork::section).doesNotContain(ReportSection.INVESTIGATIONS);
    }
}
