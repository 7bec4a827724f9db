package be.kompas.privacy;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;

/** One search finds a person in every module that holds data about them, and only in the DPO's organisation. */
@KompasIntegrationTest
class SubjectAccessAcrossModulesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Test
    void findsTheAccountTheStaffRecordAndTheAuditEntriesOfAPerson() throws Exception {
        mvc.perform(get("/api/v1/privacy/subject-access").param("person", "Ilse Wouters")
                .header("Authorization", "Bearer " + logins.byUsername("demo.dpo").orElseThrow().apiToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[*].recordType").value(hasItems("identity.user-account",
                        "people.staff-member")));
    }

    @Test
    void neverFindsAPersonOfAnotherOrganisation() throws Exception {
        mvc.perform(get("/api/v1/privacy/subject-access").param("person", "Ilse Wouters")
                .header("Authorization", "Bearer " + logins.byUsername("demo2.dpo").orElseThrow().apiToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[*].recordType").value(not(hasItem("identity.user-account"))));
    }
}
