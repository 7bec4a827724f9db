package be.kompas.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import be.kompas.KompasIntegrationTest;
import be.kompas.audit.AuditTrail;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class StaffWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory directory;

    @Autowired
    Units units;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditTrail trail;

    @Test
    void listsAndFiltersStaff() throws Exception {
        mvc.perform(get("/people/staff").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Claes, Karel")));
        mvc.perform(get("/people/staff").param("q", "Desmet").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Jonas")))
                .andExpect(content().string(not(containsString("Karel"))));
        mvc.perform(get("/people/staff").param("vulnerable", "true").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Drugsrechercheur")))
                .andExpect(content().string(not(containsString("Wijkinspecteur"))));
    }

    @Test
    void answersBadFiltersWithoutAnError() throws Exception {
        mvc.perform(get("/people/staff").param("unit", "not-a-uuid").param("page", "-3")
                .with(SignedIn.as("demo.coordinator"))).andExpect(status().isBadRequest());
        mvc.perform(get("/people/staff").param("page", "9999").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk());
    }

    @Test
    void recordsEveryViewOfARecordInTheAuditTrail() throws Exception {
        var id = people().person("Jonas Desmet");
        mvc.perform(get("/people/staff/" + id).with(SignedIn.as("demo.dpo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Luc Vermeulen")));
        assertThat(trail.historyOf(people().demo(), "staff-member", id))
                .anySatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("demo.dpo");
                    assertThat(entry.action()).isEqualTo("read");
                });
    }

    @Test
    void createsAStaffMemberFromTheForm() throws Exception {
        String number = "W" + UUID.randomUUID().toString().substring(0, 8);
        var unit = units.tree(people().demo()).get(0).unit().id();
        mvc.perform(post("/people/staff/new").with(SignedIn.as("demo.chief")).with(csrf())
                .param("personnelNumber", number).param("surname", "Vandamme").param("givenName", "Greet")
                .param("grade", "inspecteur").param("unit", unit.toString()).param("employmentKind", "INTERN")
                .param("entryDate", "2024-09-01").param("firstLineManager", "").param("secondLineManager", "")
                .param("email", "")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/people/staff/*"));
        assertThat(directory.findByPersonnelNumber(people().demo(), number)).get()
                .extracting(StaffMemberSummary::employmentKind).isEqualTo(EmploymentKind.INTERN);
    }

    @Test
    void showsErrorsAtTheFieldsAndStoresNothing() throws Exception {
        String number = "W" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/people/staff/new").with(SignedIn.as("demo.chief")).with(csrf())
                .param("personnelNumber", number).param("surname", " ").param("givenName", "Greet")
                .param("grade", "").param("entryDate", "not-a-date").param("firstLineManager", "no-such-number"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("staffForm", "surname", "grade", "unit", "entryDate",
                        "firstLineManager"))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(directory.findByPersonnelNumber(people().demo(), number)).isEmpty();
    }

    @Test
    void refusesADuplicatePersonnelNumber() throws Exception {
        var existing = directory.find(people().demo(), people().person("Jonas Desmet")).orElseThrow();
        var unit = units.tree(people().demo()).get(0).unit().id();
        mvc.perform(post("/people/staff/new").with(SignedIn.as("demo.chief")).with(csrf())
                .param("personnelNumber", existing.personnelNumber()).param("surname", "Dubbel")
                .param("givenName", "Dirk").param("grade", "inspecteur").param("unit", unit.toString())
                .param("employmentKind", "PERMANENT").param("entryDate", "2024-09-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("staffForm", "personnelNumber",
                        "people.invalid.personnelNumber"));
    }

    @Test
    void transfersFromTheFormAndKeepsTheHistory() throws Exception {
        var from = units.tree(people().demo()).get(0).unit().id();
        var id = directory.create(people().demo(), new NewStaffMember("T" + UUID.randomUUID().toString().substring(0, 8),
                "Moreels", "Hanne", "inspecteur", from, null, EmploymentKind.PERMANENT, null, null, null,
                java.time.LocalDate.of(2019, 3, 1)));
        var target = units.tree(people().demo()).get(1).unit().id();
        mvc.perform(post("/people/staff/" + id + "/transfer").with(SignedIn.as("demo.chief")).with(csrf())
                .param("unit", target.toString()).param("grade", "hoofdinspecteur").param("from", "2026-01-01"))
                .andExpect(redirectedUrl("/people/staff/" + id));
        mvc.perform(get("/people/staff/" + id).with(SignedIn.as("demo.chief")))
                .andExpect(content().string(containsString("2025-12-31")))
                .andExpect(content().string(containsString("<td>inspecteur</td>")))
                .andExpect(content().string(containsString("<td>hoofdinspecteur</td>")));
    }

    @Test
    void letsAStaffMemberSeeOnlyTheirOwnRecord() throws Exception {
        var own = people().person("Jonas Desmet");
        mvc.perform(get("/people/me").with(SignedIn.as("demo.officer")))
                .andExpect(redirectedUrl("/people/staff/" + own));
        mvc.perform(get("/people/staff/" + own).with(SignedIn.as("demo.officer"))).andExpect(status().isOk());
        mvc.perform(get("/people/staff").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/people/staff/" + people().person("Karel Claes")).with(SignedIn.as("demo.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesTheInspectorate() throws Exception {
        mvc.perform(get("/people/staff").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/people/staff/" + people().person("Karel Claes")).with(SignedIn.as("aig.analyst")))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsALineManagerOnlyTheirOwnUnitTree() throws Exception {
        mvc.perform(get("/people/staff").with(SignedIn.as("demo.manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Desmet")))
                .andExpect(content().string(not(containsString("Claes, Karel"))));
        mvc.perform(get("/people/staff/" + people().person("Karel Claes")).with(SignedIn.as("demo.manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/staff/" + people().person("Jonas Desmet")).with(SignedIn.as("demo.manager")))
                .andExpect(status().isOk());
    }

    @Test
    void hidesAnotherZonesStaff() throws Exception {
        var id = people().person("Jonas Desmet");
        mvc.perform(get("/people/staff/" + id).with(SignedIn.as("demo2.chief"))).andExpect(status().isNotFound());
        mvc.perform(get("/people/staff/" + id + "/edit").with(SignedIn.as("demo2.chief")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/people/staff/" + id + "/edit").with(SignedIn.as("demo2.chief")).with(csrf())
                .param("surname", "X").param("givenName", "Y").param("employmentKind", "PERMANENT"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/staff").param("q", "Desmet").with(SignedIn.as("demo2.chief")))
                .andExpect(content().string(not(containsString("Jonas"))));
    }

    @Test
    void letsTheAdministratorKeepUnitsAndFunctions() throws Exception {
        String code = "U" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/people/units").with(SignedIn.as("demo.admin")).with(csrf()).param("code", code)
                .param("name", "Cel Cybercrime").param("kind", "TEAM")).andExpect(redirectedUrl("/people/units"));
        mvc.perform(post("/people/units").with(SignedIn.as("demo.admin")).with(csrf()).param("code", code)
                .param("name", "Again").param("kind", "TEAM"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "code", "people.invalid.code"));
        mvc.perform(get("/people/units").with(SignedIn.as("demo.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cel Cybercrime")));
        mvc.perform(get("/people/functions").with(SignedIn.as("demo.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Drugsrechercheur")));
        mvc.perform(get("/people/units").with(SignedIn.as("demo.coordinator"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = { "nl", "fr", "en" })
    void rendersEveryPageInEachLanguage(String language) throws Exception {
        var id = people().person("Jonas Desmet");
        String expected = Map.of("nl", "Personeel", "fr", "Personnel", "en", "Staff").get(language);
        for (String path : List.of("/people/staff", "/people/staff/" + id, "/people/staff/new",
                "/people/staff/" + id + "/edit", "/people/staff/" + id + "/transfer", "/people/units",
                "/people/functions")) {
            // The session attribute, not ?lang=, so that the demo user's saved language stays as it is.
            mvc.perform(get(path).sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                    Locale.forLanguageTag(language)).with(SignedIn.as("demo.admin")))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("??"))))
                    .andExpect(content().string(containsString(expected)));
        }
    }

    private DemoPeople people() {
        return new DemoPeople(organisations, directory);
    }
}
