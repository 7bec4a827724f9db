package be.kompas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.PageRequest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class AuditPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    Organisations organisations;

    @Test
    void dpoFindsEntriesByPerson() throws Exception {
        String subject = "Person " + UUID.randomUUID();
        trail.record(new AuditEvent(demo(), "demo.coordinator", "read", "people.staff", "17", subject, null));
        mvc.perform(get("/audit").param("person", subject).with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("people.staff")));
    }

    @Test
    void dpoFindsEntriesByRecord() throws Exception {
        String id = UUID.randomUUID().toString();
        trail.record(new AuditEvent(demo(), "demo.coordinator", "complaint.updated", "complaint", id, "Someone",
                null));
        mvc.perform(get("/audit").param("recordType", "complaint").param("recordId", id)
                .with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id)))
                .andExpect(content().string(containsString("complaint.updated")));
        mvc.perform(get("/audit").param("recordType", "other").param("recordId", id).with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id + "<"))));
    }

    @Test
    void recordsTheSearchItself() throws Exception {
        String person = "Searched " + UUID.randomUUID();
        mvc.perform(get("/audit").param("person", person).with(SignedIn.as("demo.dpo"))).andExpect(status().isOk());
        var found = trail.search(new AuditQuery(demo(), person, "audit-query", null), PageRequest.of(0, 10));
        assertThat(found.content()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("demo.dpo");
            assertThat(entry.action()).isEqualTo("audit.searched");
            assertThat(entry.subject()).isEqualTo(person);
        });
    }

    @Test
    void neverShowsAnotherOrganisationsEntries() throws Exception {
        String subject = "Elsewhere " + UUID.randomUUID();
        var demo2 = organisations.findByCode("demo2").orElseThrow().id();
        trail.record(new AuditEvent(demo2, "demo2.coordinator", "read", "people.staff", "9", subject, null));
        mvc.perform(get("/audit").param("person", subject).with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-entries\"")));
        mvc.perform(get("/audit").param("person", subject).with(SignedIn.as("demo2.dpo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)));
    }

    @Test
    void administratorVerifiesTheChain() throws Exception {
        mvc.perform(get("/audit/verify").with(SignedIn.as("demo.admin"))).andExpect(status().isOk());
        mvc.perform(post("/audit/verify").with(csrf()).with(SignedIn.as("demo.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"intact\"")));
    }

    @Test
    void refusesOtherRoles() throws Exception {
        for (String user : new String[] { "demo.coordinator", "demo.admin", "aig.analyst" }) {
            mvc.perform(get("/audit").with(SignedIn.as(user))).andExpect(status().isForbidden());
        }
        for (String user : new String[] { "demo.coordinator", "demo.dpo", "aig.analyst" }) {
            mvc.perform(get("/audit/verify").with(SignedIn.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/audit/verify").with(csrf()).with(SignedIn.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void navigationShowsTheTrailOnlyToThoseWhoMayUseIt() throws Exception {
        mvc.perform(get("/").with(SignedIn.as("demo.dpo")))
                .andExpect(content().string(containsString("href=\"/audit\"")))
                .andExpect(content().string(not(containsString("href=\"/audit/verify\""))));
        mvc.perform(get("/").with(SignedIn.as("demo.admin")))
                .andExpect(content().string(containsString("href=\"/audit/verify\"")));
        mvc.perform(get("/").with(SignedIn.as("aig.analyst")))
                .andExpect(content().string(not(containsString("href=\"/audit"))));
    }

    private be.kompas.tenancy.OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }
}
