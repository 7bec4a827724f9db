package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.audit.AuditEntry;
import be.kompas.audit.AuditTrail;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.Units;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class AlcoholDrugTestsIntegrationTests {

    private static final String API = "/api/v1/alcohol-drug-tests";
    private static final String PAGE = "/registers/alcohol-drug-tests";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    AuditTrail trail;

    @Autowired
    Organisations organisations;

    @Autowired
    RegisterSettingsManagement settings;

    @Autowired
    AlcoholDrugTests tests;

    @Autowired
    Units units;

    @Autowired
    StaffDirectory directory;

    /** Other tests save the demo zone's settings from the form; the demo zone runs the tests (see DemoRegisters). */
    @BeforeEach
    void demoRunsTheTests() {
        var demo = organisation("demo");
        var s = settings.get(demo);
        settings.save(demo, new RegisterSettings(s.giftThreshold(), s.forbiddenGivers(), s.conflictKeywords(),
                s.ancillaryManagerAdvice(), s.ancillaryValidityYears(), s.careerScreening(),
                s.screeningIntervalYears(), true));
    }

    private RegisterRequests api() {
        return new RegisterRequests(logins);
    }

    private OrganisationId organisation(String code) {
        return organisations.findByCode(code).orElseThrow().id();
    }

    private String staffId(String surname) throws Exception {
        var body = mvc.perform(api().as("demo.care", get("/api/v1/staff").param("q", surname))).andReturn()
                .getResponse().getContentAsString();
        return JsonPath.read(body, "$.content[0].id");
    }

    private String create(String json) throws Exception {
        var body = mvc.perform(api().postJson("demo.care", API, json)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void areOffByDefaultAndOnlyForTheDedicatedPermission() throws Exception {
        mvc.perform(get(PAGE).with(as("fed.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("alcohol-drug-off")));
        mvc.perform(api().as("fed.coordinator", get(API))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(as("demo.manager"))).andExpect(status().isForbidden());
        mvc.perform(api().as("demo.manager", get(API))).andExpect(status().isForbidden());
        mvc.perform(api().as("demo.officer", get(API))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("draw-form")));
    }

    @Test
    void drawsAtRandomWithARecordedSeedAndPlansATestForEach() throws Exception {
        var location = mvc.perform(post(PAGE + "/draws").param("count", "3").param("substance", "ALCOHOL")
                .param("testOn", LocalDate.now().toString()).with(as("demo.care")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash",
                        "registers.alcoholDrug.drawn"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(PAGE + "/draws/");
        var page = mvc.perform(get(location).with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("draw-seed"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page.split("/registers/alcohol-drug-tests/[0-9a-f-]{36}\"", -1)).hasSize(4);
        var drawId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(trail.historyOf(organisation("demo"), "alcohol-drug-draw", drawId)).extracting(AuditEntry::action)
                .contains("registers.alcohol-drug.drawn");
        mvc.perform(post(PAGE + "/draws").param("count", "3").param("percent", "10").param("substance", "DRUGS")
                .param("testOn", LocalDate.now().toString()).with(as("demo.care")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "registers.alcoholDrug.invalid"));
        mvc.perform(post(PAGE + "/draws").param("count", "1").param("substance", "DRUGS")
                .param("testOn", LocalDate.now().toString()).with(as("demo.manager")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsResultsAndFollowUpsAuditedAndRefusesBadInput() throws Exception {
        String desmet = staffId("Desmet");
        String id = create("""
                {"staffMemberId": "%s", "substance": "DRUGS", "testedOn": "%s", "result": "POSITIVE",
                 "values": "THC", "followUp": "CARE_REFERRAL"}""".formatted(desmet, LocalDate.now()));
        mvc.perform(api().as("demo.coordinator", get(API + "/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.input.followUp").value("CARE_REFERRAL"))
                .andExpect(jsonPath("$.staffName").value("Jonas Desmet"));
        mvc.perform(api().as("demo.care", get(API).param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(id)));
        assertThat(trail.historyOf(organisation("demo"), "alcohol-drug-test", UUID.fromString(id)))
                .extracting(AuditEntry::action).contains("registers.alcohol-drug.recorded");
        assertThat(trail.historyOf(organisation("demo"), "alcohol-drug-test", UUID.fromString(id)))
                .hasSizeGreaterThanOrEqualTo(2);
        mvc.perform(api().postJson("demo.care", API, """
                {"staffMemberId": "%s", "substance": "ALCOHOL", "testedOn": "%s", "result": "NEGATIVE",
                 "followUp": "DISCIPLINARY_REPORT"}""".formatted(desmet, LocalDate.now())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("followUp"));
        mvc.perform(api().postJson("demo.care", API, """
                {"staffMemberId": "%s", "substance": "BEER", "testedOn": "%s"}""".formatted(desmet,
                LocalDate.now()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("substance")));
        mvc.perform(api().postJson("demo.care", API, """
                {"staffMemberId": "%s", "substance": "ALCOHOL", "testedOn": "%s"}""".formatted(desmet,
                LocalDate.now()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("result")));
        mvc.perform(api().postJson("demo.care", API, """
                {"staffMemberId": "%s", "substance": "ALCOHOL", "testedOn": "%s", "result": "NEGATIVE"}"""
                .formatted(UUID.randomUUID(), LocalDate.now()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("staffMemberId")));
        mvc.perform(post(PAGE + "/" + id).param("substance", "DRUGS").param("testedOn", LocalDate.now().toString())
                .param("result", "REFUSED").param("followUp", "DISCIPLINARY_REPORT").with(as("demo.care"))
                .with(csrf())).andExpect(flash().attribute("flash", "registers.alcoholDrug.recorded"));
        mvc.perform(get(PAGE + "/" + id).with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("result-form")));
        mvc.perform(get(PAGE + "/" + id).with(as("demo.manager"))).andExpect(status().isForbidden());
    }

    @Test
    void anotherZoneSeesNothingAndTheFiguresCountOnly() throws Exception {
        String id = create("""
                {"staffMemberId": "%s", "substance": "ALCOHOL", "testedOn": "%s", "result": "NEGATIVE"}"""
                .formatted(staffId("Desmet"), LocalDate.now()));
        var demo2 = organisation("demo2");
        var current = settings.get(demo2);
        settings.save(demo2, new RegisterSettings(current.giftThreshold(), current.forbiddenGivers(),
                current.conflictKeywords(), current.ancillaryManagerAdvice(), current.ancillaryValidityYears(),
                current.careerScreening(), current.screeningIntervalYears(), true));
        mvc.perform(api().as("demo2.coordinator", get(API + "/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.coordinator", get(API).param("size", "200"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        mvc.perform(get(PAGE + "/statistics").with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(not(containsString("Jonas Desmet"))));
        mvc.perform(get(PAGE + "/export").param("year", String.valueOf(LocalDate.now().getYear()))
                .with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString(id)));
        mvc.perform(get(PAGE + "/export").param("year", "2026").with(as("demo.manager")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDrawWithinAUnitCanBeRedoneFromItsSeedAsThePageExplains() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow();
        var user = new KompasUser(UUID.randomUUID(), "check", "Check", demo.id(), demo.code(), demo.kind(), Set.of(),
                Set.of(RegisterPermissions.ALCOHOL_DRUG_TESTS), null, demo.locale());
        var unit = units.tree(demo.id()).stream().map(n -> n.unit().id())
                .filter(u -> directory.membersOf(demo.id(), u, true).size() >= 4).reduce((a, b) -> b).orElseThrow();
        var members = directory.membersOf(demo.id(), unit, true).stream().filter(StaffMemberSummary::inService)
                .map(StaffMemberSummary::id).collect(Collectors.toSet());
        var draw = tests.draw(user, tests.draw(user, new DrawRequest(null, 50, unit, SubstanceKind.DRUGS,
                LocalDate.now())));
        assertThat(draw.population()).containsExactlyInAnyOrderElementsOf(members);
        assertThat(draw.selected()).hasSize((members.size() + 1) / 2);
        var redone = new ArrayList<>(draw.population());
        Collections.shuffle(redone, new Random(draw.seed()));
        assertThat(redone.subList(0, draw.selected().size())).isEqualTo(draw.selected());
        assertThat(tests.ofDraw(user, draw.id())).extracting(AlcoholDrugTest::staff)
                .containsExactlyInAnyOrderElementsOf(draw.selected());
    }

    @Test
    void theSettingSwitchesTheTestsOnAndTheDemoZoneHasSome() throws Exception {
        try {
            mvc.perform(post("/registers/settings").with(as("fed.coordinator")).with(csrf())
                    .param("giftThreshold", "50").param("ancillaryManagerAdvice", "true")
                    .param("ancillaryValidityYears", "3").param("screeningIntervalYears", "5")
                    .param("alcoholDrugTests", "true")).andExpect(flash().attribute("flash",
                            "registers.settings.saved"));
            mvc.perform(get(PAGE).with(as("fed.coordinator")))
                    .andExpect(content().string(not(containsString("alcohol-drug-off"))));
        }
        finally {
            mvc.perform(post("/registers/settings").with(as("fed.coordinator")).with(csrf())
                    .param("giftThreshold", "50").param("ancillaryManagerAdvice", "true")
                    .param("ancillaryValidityYears", "3").param("screeningIntervalYears", "5"));
        }
        mvc.perform(get(PAGE).with(as("fed.coordinator")))
                .andExpect(content().string(containsString("alcohol-drug-off")));
        mvc.perform(api().as("demo.care", get(API).param("size", "200")))
                .andExpect(jsonPath("$.content[*].input.result").value(hasItems("POSITIVE", "NEGATIVE")));
        mvc.perform(api().as("demo.dpo", get("/api/v1/privacy/record-types")))
                .andExpect(jsonPath("$[*].type.code").value(hasItems("registers.alcohol-drug-test",
                        "registers.training-record", "registers.oath-record")));
    }

    @Test
    void theSubjectAccessReportHoldsTrainingOathAndTests() throws Exception {
        create("""
                {"staffMemberId": "%s", "substance": "ALCOHOL", "testedOn": "%s", "result": "NEGATIVE"}"""
                .formatted(staffId("Desmet"), LocalDate.now()));
        mvc.perform(api().postJson("demo.officer", "/api/v1/trainings", """
                {"courseCode": "O1", "completedOn": "%s"}""".formatted(LocalDate.now()))).andExpect(status()
                        .isCreated());
        mvc.perform(api().postJson("demo.officer", "/api/v1/oaths", """
                {"kind": "OATH", "signedOn": "%s"}""".formatted(LocalDate.now()))).andExpect(status().isCreated());
        mvc.perform(api().as("demo.dpo", get("/api/v1/privacy/subject-access").param("person", "Jonas Desmet")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.groups[*].recordType").value(hasItems(
                        "registers.alcohol-drug-test", "registers.training-record", "registers.oath-record")));
        mvc.perform(api().as("demo2.dpo", get("/api/v1/privacy/subject-access").param("person", "Jonas Desmet")))
                .andExpect(jsonPath("$.groups[*].recordType").value(not(hasItem("registers.alcohol-drug-test"))));
    }
}
