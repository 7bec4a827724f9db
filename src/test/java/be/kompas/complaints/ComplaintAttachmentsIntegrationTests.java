package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.attachments.TestFiles;
import be.kompas.identity.internal.SignedIn;
import tools.jackson.databind.json.JsonMapper;

/** Files on the public form and API, cleaned as on the Advice Point, and shown only to those who handle the item. */
@KompasIntegrationTest
class ComplaintAttachmentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void cleansAPhotoSentWithThePublicFormAndShowsItOnlyToTheCoordinator() throws Exception {
        String page = mvc.perform(multipart("/public/complaints/demo")
                .file(new MockMultipartFile("files", "IMG_2041 at Jan's house.jpg", "image/jpeg",
                        TestFiles.jpegWithGps()))
                .param("lang", "en").with(csrf()).param("kind", "COMPLAINT")
                .param("description", "The patrol car blocked my driveway, see the photo.")
                .param("name", "Photo Sender").param("email", "photo.sender@example.org"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("GPS location")))
                .andReturn().getResponse().getContentAsString();
        String reference = page.replaceAll("(?s).*id=\"reference\">([A-Z0-9-]+)<.*", "$1");
        UUID complaint = jdbc.sql("select id from complaint where reference = :reference")
                .param("reference", reference).query(UUID.class).single();
        var stored = jdbc.sql("select id, filename, content from complaint_attachment where complaint_id = :id")
                .param("id", complaint).query((rs, n) -> new Object[] { rs.getObject("id", UUID.class),
                        rs.getString("filename"), rs.getBytes("content") }).single();
        assertThat(stored[1]).isEqualTo("attachment-1.jpg");
        assertNoExif((byte[]) stored[2]);

        String detail = "/complaints/" + complaint;
        mvc.perform(get(detail).with(SignedIn.as("demo.customer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("attachment-1.jpg")))
                .andExpect(content().string(not(containsString("Jan&#39;s house"))));
        byte[] served = mvc.perform(get(detail + "/attachments/" + stored[0]).with(SignedIn.as("demo.customer")))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertNoExif(served);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'read' and record_id = :id")
                .param("id", complaint.toString()).query(Integer.class).single()).isPositive();

        // The chief reads complaints but not the complainant's files; another zone does not see the item at all.
        mvc.perform(get(detail).with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/attachments/" + stored[0]))));
        mvc.perform(get(detail + "/attachments/" + stored[0]).with(SignedIn.as("demo.chief")))
                .andExpect(status().isForbidden());
        mvc.perform(get(detail + "/attachments/" + stored[0]).with(SignedIn.as("demo.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get(detail + "/attachments/" + stored[0]).with(SignedIn.as("demo2.chief")))
                .andExpect(status().isForbidden());
        mvc.perform(get(detail).with(SignedIn.as("demo2.chief"))).andExpect(status().isNotFound());
    }

    @Test
    void refusesAFileThatCannotBeCleanedAndStoresNothing() throws Exception {
        mvc.perform(multipart("/public/complaints/demo")
                .file(new MockMultipartFile("files", "notes.txt", "text/plain",
                        "Unrefused text".getBytes(StandardCharsets.UTF_8)))
                .param("lang", "en").with(csrf()).param("kind", "COMPLIMENT")
                .param("description", "A compliment with a text file that must be refused"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("notes.txt is not a JPEG, PNG, PDF or DOCX file")));
        assertThat(jdbc.sql("select count(*) from complaint where description like 'A compliment with a text file%'")
                .query(Integer.class).single()).isZero();

        var tooMany = multipart("/public/complaints/demo");
        for (int i = 0; i < 11; i++) {
            tooMany.file(new MockMultipartFile("files", "p" + i + ".jpg", "image/jpeg", TestFiles.jpegWithGps()));
        }
        mvc.perform(tooMany.param("lang", "en").with(csrf()).param("kind", "COMPLIMENT")
                .param("description", "Eleven photos")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("At most 10 files")));
    }

    @Test
    void acceptsFilesThroughThePublicApiAndNamesTheRefusedOne() throws Exception {
        var json = new MockMultipartFile("complaint", "", MediaType.APPLICATION_JSON_VALUE, """
                {"type": "COMPLAINT", "description": "The fine I received, with my notes", "anonymous": true}"""
                .getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/api/v1/public/complaints/demo").file(json)
                .file(new MockMultipartFile("files", "fine.pdf", "application/pdf", TestFiles.pdfWithAuthor()))
                .file(new MockMultipartFile("files", "notes.docx", "application/octet-stream",
                        TestFiles.docxWithAuthor())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attachments[0].filename").value("attachment-1.pdf"))
                .andExpect(jsonPath("$.attachments[0].removed").value(hasItem("PDF_INFO")))
                .andExpect(jsonPath("$.attachments[1].removed").value(hasItem("DOCX_PROPERTIES")))
                .andReturn();
        String reference = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString())
                .get("reference").asString();
        byte[] pdf = jdbc.sql("""
                select a.content from complaint_attachment a join complaint c on c.id = a.complaint_id
                where c.reference = :reference and a.media_type = 'application/pdf'""")
                .param("reference", reference).query(byte[].class).single();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
        }

        mvc.perform(multipart("/api/v1/public/complaints/demo").file(json)
                .file(new MockMultipartFile("files", "virus.exe", "application/octet-stream", new byte[] { 'M', 'Z' })))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("files"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("virus.exe")));
        // The plain JSON request still answers with the reference only.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/public/complaints/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"COMPLIMENT\", \"description\": \"No files\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attachments").doesNotExist());
    }

    @Test
    void coordinatorAddsAScannedLetterButNoOtherRoleOrZoneCan() throws Exception {
        String page = mvc.perform(multipart("/public/complaints/demo").param("lang", "en").with(csrf())
                .param("kind", "COMPLIMENT").param("description", "Thanks, letter to follow"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String reference = page.replaceAll("(?s).*id=\"reference\">([A-Z0-9-]+)<.*", "$1");
        UUID complaint = jdbc.sql("select id from complaint where reference = :reference")
                .param("reference", reference).query(UUID.class).single();
        var letter = new MockMultipartFile("files", "scan.png", "image/png", TestFiles.pngWithText());
        mvc.perform(multipart("/complaints/" + complaint + "/attachments").file(letter)
                .with(SignedIn.as("demo.customer")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("flash")).isEqualTo("complaints.flash.attached"));
        mvc.perform(multipart("/complaints/" + complaint + "/attachments").file(letter)
                .with(SignedIn.as("demo.chief")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/complaints/" + complaint + "/attachments").file(letter)
                .with(SignedIn.as("demo2.chief")).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from complaint_attachment where complaint_id = :id")
                .param("id", complaint).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/complaints/" + complaint).param("lang", "en").with(SignedIn.as("demo.customer")))
                .andExpect(content().string(containsString("attachment-1.png")))
                .andExpect(content().string(containsString("Files added")));
    }

    private static void assertNoExif(byte[] jpeg) throws Exception {
        var metadata = Imaging.getMetadata(jpeg);
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null).isTrue();
    }
}
