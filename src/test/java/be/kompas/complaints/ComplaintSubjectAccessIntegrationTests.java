package be.kompas.complaints;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.core.PageRequest;
import be.kompas.core.attachments.TestFiles;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.Organisations;

/**
 * The DPO's subject-access search finds complaint records about a person: as complainant, and as a staff member the
 * complaint concerns (linked, found through their staff record or username, or only named by the citizen), with the
 * complaint's files by name, type and size, never their content; and only in the DPO's own organisation.
 */
@KompasIntegrationTest
class ComplaintSubjectAccessIntegrationTests {

    private static final String COMPLAINANT = "$.groups[?(@.recordType == 'complaints.complainant')].records[*]";
    private static final String STAFF = "$.groups[?(@.recordType == 'complaints.involved-staff')].records[*]";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Organisations organisations;

    @Test
    void findsTheComplainantAndTheStaffMemberWithTheFilesMetadata() throws Exception {
        var coordinator = new Coordinator(mvc, logins);
        String id = coordinator.register("""
                {"type": "COMPLAINT", "channel": "EMAIL", "receivedOn": "%s", "description": "Shouted at me",
                 "involvedStaff": "inspecteur Zwartewaelen of the night shift",
                 "contact": {"name": "Sofie Subjecttest", "email": "sofie.subjecttest@example.org"}}"""
                .formatted(LocalDate.now(clock.withZone(Formats.ZONE))));
        String reference = coordinator.reference(id);
        mvc.perform(multipart("/complaints/" + id + "/attachments")
                .file(new MockMultipartFile("files", "Sofie's screenshot.png", "image/png", TestFiles.pngWithText()))
                .with(SignedIn.as("demo.customer")).with(csrf())).andExpect(status().is3xxRedirection());

        search("demo.dpo", "sofie subjecttest").andExpect(jsonPath(COMPLAINANT + ".summary").value(hasItem(reference)))
                .andExpect(jsonPath(COMPLAINANT + ".fields.email").value(hasItem("sofie.subjecttest@example.org")))
                .andExpect(jsonPath(COMPLAINANT + ".fields.attachments")
                        .value(hasItem(containsString("attachment-1.png (image/png, "))))
                .andExpect(jsonPath(COMPLAINANT + ".fields.attachments").value(everyItem(containsString("bytes)"))))
                .andExpect(jsonPath(COMPLAINANT + ".fields.attachments")
                        .value(not(hasItem(containsString("screenshot")))));
        // Named only in the citizen's own words, before anyone was linked.
        search("demo.dpo", "Zwartewaelen").andExpect(jsonPath(STAFF + ".summary").value(hasItem(reference)))
                .andExpect(jsonPath(STAFF + ".fields.namedByComplainant")
                        .value(hasItem(containsString("Zwartewaelen"))));

        mvc.perform(new Api(logins).json("demo.customer", post("/api/v1/complaints/" + id + "/involved"),
                "{\"personnelNumber\": \"" + officerNumber() + "\"}")).andExpect(status().isOk());
        for (String person : new String[] { "Jonas Desmet", "demo.officer", officerNumber() }) {
            search("demo.dpo", person).andExpect(jsonPath(STAFF + ".summary").value(hasItem(reference)))
                    .andExpect(jsonPath(STAFF + ".fields.attachments")
                            .value(hasItem(containsString("attachment-1.png"))));
        }

        search("demo2.dpo", "sofie subjecttest").andExpect(jsonPath(COMPLAINANT + ".summary")
                .value(not(hasItem(reference))));
        search("demo2.dpo", "Zwartewaelen").andExpect(jsonPath(STAFF + ".summary").value(not(hasItem(reference))));
    }

    private String officerNumber() {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        return staff.search(demo, StaffQuery.text("Desmet"), PageRequest.of(0, 1)).content().get(0)
                .personnelNumber();
    }

    private ResultActions search(String dpo, String person) throws Exception {
        return mvc.perform(new Api(logins).as(dpo, get("/api/v1/privacy/subject-access").param("person", person)))
                .andExpect(status().isOk());
    }
}
