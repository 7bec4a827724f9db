package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.core.PageRequest;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.Organisations;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSV, the PDF per period and the KLFP export for the zone's own readers: the PDF and KLFP as codes and figures
 * only, the CSV with the tags and the staff involved.
 */
@KompasIntegrationTest
class ComplaintExportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Organisations organisations;

    @Test
    void exportsThePeriodAsAPdfThatAReaderOpens() throws Exception {
        String id = closedComplaint("Pdf Complainant", "Shouted at me in the PDF story");
        String reference = reference(id);
        byte[] pdf = mvc.perform(get("/complaints/statistics/export.pdf").param("from", today().minusDays(5).toString())
                .param("to", today().toString()).param("lang", "en").with(SignedIn.as("demo.customer")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Complaints and compliments from", "By outcome", "Unfounded", "Per month",
                    "By ombuds norm and theme", "received in the period; a complaint with several tags")
                    .doesNotContain("Pdf Complainant", "Shouted at me")
                    // Other tests tag complaints in the same period too: the row is there, its count at least one.
                    .containsPattern("N5 Norm: care [1-9]\\d*");
            // Narrow table columns break a reference over two lines.
            assertThat(text.replaceAll("\\s+", "")).contains(reference);
        }
        // The chief reads the figures too; a staff member does not; another zone's export holds only its own items.
        mvc.perform(get("/complaints/statistics/export.pdf").param("from", today().toString())
                .param("to", today().toString()).with(SignedIn.as("demo.chief"))).andExpect(status().isOk());
        mvc.perform(get("/complaints/statistics/export.pdf").param("from", today().toString())
                .param("to", today().toString()).with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        byte[] other = mvc.perform(get("/complaints/statistics/export.pdf").param("from", today().minusDays(5)
                .toString()).param("to", today().toString()).with(SignedIn.as("demo2.chief")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(other)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).doesNotContain(reference);
        }
        mvc.perform(get("/complaints/statistics/export.pdf").param("from", today().toString())
                .param("to", today().minusDays(1).toString()).with(SignedIn.as("demo.customer")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void exportsComplaintsForTheKlfpAsCodesWithoutPersonalData() throws Exception {
        String id = closedComplaint("Klfp Complainant", "The KLFP story must stay home");
        String reference = reference(id);
        String body = mvc.perform(get("/complaints/statistics/export.klfp.json")
                .param("from", today().minusDays(5).toString()).param("to", today().toString())
                .with(SignedIn.as("demo.customer"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("klfp-demo-")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Klfp Complainant", "KLFP story");
        JsonNode export = JsonMapper.builder().build().readTree(body);
        assertThat(export.get("format").asString()).isEqualTo("kompas-klfp/1");
        JsonNode item = null;
        for (JsonNode complaint : export.get("complaints")) {
            assertThat(complaint.get("reference").asString()).startsWith("DEMO-");
            if (complaint.get("reference").asString().equals(reference)) {
                item = complaint;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("factCode").asString()).isEqualTo("1.2");
        assertThat(item.get("factFamily").asInt()).isEqualTo(1);
        assertThat(item.get("ombudsNorms").get(0).asString()).isEqualTo("CARE");
        assertThat(item.get("outcome").asString()).isEqualTo("UNFOUNDED");
        assertThat(item.get("channel").asString()).isEqualTo("LETTER");
        assertThat(export.get("count").asInt()).isEqualTo(export.get("complaints").size());

        mvc.perform(get("/complaints/statistics/export.klfp.json").param("from", today().toString())
                .param("to", today().toString()).with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        String other = mvc.perform(get("/complaints/statistics/export.klfp.json")
                .param("from", today().minusDays(5).toString()).param("to", today().toString())
                .with(SignedIn.as("demo2.chief"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(other).doesNotContain(reference);
    }

    @Test
    void exportsTagsAndInvolvedStaffAsCsvThatASpreadsheetOpens() throws Exception {
        String id = closedComplaint("Csv Complainant", "The CSV story stays home");
        String reference = reference(id);
        var officers = staff.search(organisations.findByCode("demo").orElseThrow().id(), StaffQuery.text("Desmet"),
                PageRequest.of(0, 1)).content();
        var officer = officers.get(0);
        mvc.perform(post("/complaints/" + id + "/involve").param("personnelNumber", officer.personnelNumber())
                .with(SignedIn.as("demo.customer")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/complaints/" + id + "/classify").param("factCode", "1.2")
                .param("tags", "THEME_FREE_SPEECH", "NORM_CARE").with(SignedIn.as("demo.customer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // A staff member as the citizen named them, with a comma and quotes that the CSV must keep in one field.
        jdbc.sql("""
                insert into complaint_staff (id, organisation_id, complaint_id, personnel_number, name)
                select gen_random_uuid(), organisation_id, id, null, 'Peeters, "Jo"' from complaint
                where id = :id""").param("id", java.util.UUID.fromString(id)).update();

        byte[] csv = mvc.perform(get("/complaints/statistics/export.csv").param("from", today().minusDays(5)
                .toString()).param("to", today().toString()).with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        var records = new ArrayList<NamedCsvRecord>();
        try (var reader = CsvReader.builder().ofNamedCsvRecord(text)) {
            reader.forEach(records::add);
        }
        assertThat(records).isNotEmpty();
        assertThat(records.get(0).getHeader()).containsExactly("reference", "kind", "channel", "received_on",
                "status", "fact_code", "route", "outcome", "closed_on", "lead_working_days", "units", "tags",
                "involved_staff_count", "involved_staff");
        var row = records.stream().filter(r -> r.getField("reference").equals(reference)).findFirst().orElseThrow();
        assertThat(row.getFieldCount()).isEqualTo(14);
        assertThat(row.getField("tags")).isEqualTo("NORM_CARE; THEME_FREE_SPEECH");
        assertThat(row.getField("involved_staff_count")).isEqualTo("2");
        assertThat(row.getField("involved_staff")).isEqualTo(officer.personnelNumber() + " " + officer.fullName()
                + "; Peeters, \"Jo\"");
        assertThat(row.getField("units")).isEqualTo(officer.unitName());
        assertThat(row.getField("outcome")).isEqualTo("UNFOUNDED");
        assertThat(text).doesNotContain("Csv Complainant", "CSV story");

        // The AIG analyst downloads nothing of a zone: the national view is aggregates only.
        mvc.perform(get("/complaints/statistics/export.csv").param("from", today().toString())
                .param("to", today().toString()).with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints/national").with(SignedIn.as("aig.analyst"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(officer.fullName()))))
                .andExpect(content().string(not(containsString("Peeters"))))
                .andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/complaints/statistics/export.csv").param("from", today().toString())
                .param("to", today().toString()).with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
    }

    private String closedComplaint(String name, String story) throws Exception {
        var result = mvc.perform(new Api(logins).json("demo.customer", post("/api/v1/complaints"), """
                {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s", "description": "%s",
                 "contact": {"name": "%s", "address": "Straat 1, 9000 Gent"}, "language": "en"}"""
                .formatted(today().minusDays(1), story, name))).andExpect(status().isCreated()).andReturn();
        String id = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()).get("summary")
                .get("id").asString();
        mvc.perform(post("/complaints/" + id + "/classify").param("factCode", "1.2").param("tags", "NORM_CARE")
                .with(SignedIn.as("demo.customer")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/complaints/" + id + "/close").param("outcome", "UNFOUNDED").param("answer", "Dear ...")
                .with(SignedIn.as("demo.customer")).with(csrf())).andExpect(status().is3xxRedirection());
        return id;
    }

    private String reference(String id) throws Exception {
        var result = mvc.perform(new Api(logins).as("demo.customer", get("/api/v1/complaints/" + id))).andReturn();
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()).get("summary")
                .get("reference").asString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
