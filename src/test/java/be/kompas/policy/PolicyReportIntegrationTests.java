package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.SignedIn;

@KompasIntegrationTest
class PolicyReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void writesTheYearlyReportAsPdfInTheZonesLanguage() throws Exception {
        var pdf = mvc.perform(get("/policy/report/download").param("year", "2024").with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Integriteitsbeleid 2024", "PZ Demostad", "Risicoregister", "Maturiteit",
                    "Actieplan", "Aanbevelingen van controleorganen", "Integriteitskader",
                    "Het register bevat", "Een grenswaarde hoort bij de lagere klasse");
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }

        var french = mvc.perform(get("/policy/report/download").param("year", "2024")
                .with(SignedIn.as("demo2.coordinator"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(french)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Politique d'intégrité 2024", "ZP Exempleville", "Registre des risques")
                    .doesNotContain("PZ Demostad", "Risicoregister");
        }
    }

    @Test
    void writesAnEditableWordVersionForReadersOnly() throws Exception {
        var docx = mvc.perform(get("/policy/report/download").param("year", "2024").param("format", "docx")
                .with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Integriteitsbeleid 2024", "Maturiteit");
        }
        mvc.perform(get("/policy/report").with(SignedIn.as("demo.chief"))).andExpect(status().isOk());
        mvc.perform(get("/policy/report/download").param("year", "2024").with(SignedIn.as("demo.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/policy/report/download").param("year", "2024").with(SignedIn.as("aig.analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/policy/report/download").param("year", "19").with(SignedIn.as("demo.chief")))
                .andExpect(status().isBadRequest());
    }
}
