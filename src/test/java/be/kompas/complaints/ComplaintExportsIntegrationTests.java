package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The PDF per period and the KLFP export: codes and figures only, for the zone's own readers. */
@KompasIntegrationTest
class ComplaintExportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    Clock clock;

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
            assertThat(text).contains("Complaints and compliments from", "By outcome", "Unfounded", "Per month")
                    .doesNotContain("Pdf Complainant", "Shouted at me");
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
