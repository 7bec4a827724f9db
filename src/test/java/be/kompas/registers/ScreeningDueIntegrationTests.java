package be.kompas.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;
import be.kompas.people.EmploymentKind;
import be.kompas.people.JobFunctions;
import be.kompas.people.NewStaffMember;
import be.kompas.people.StaffDirectory;
import be.kompas.people.Transfer;
import be.kompas.people.Units;
import be.kompas.policy.VulnerableFunctions;
import be.kompas.tenancy.Organisations;

/** Due dates from the career: a move into a function of the vulnerable-function inventory makes a screening due. */
@KompasIntegrationTest
class ScreeningDueIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    Organisations organisations;

    @Autowired
    RegisterSettingsManagement settings;

    @Autowired
    StaffDirectory directory;

    @Autowired
    Units units;

    @Autowired
    JobFunctions functions;

    @Autowired
    VulnerableFunctions inventory;

    private static RegisterSettings career(RegisterSettings s, boolean on) {
        return new RegisterSettings(s.giftThreshold(), s.forbiddenGivers(), s.conflictKeywords(),
                s.ancillaryManagerAdvice(), s.ancillaryValidityYears(), on, s.screeningIntervalYears(),
                s.alcoholDrugTests());
    }

    private List<Map<String, Object>> dueOf(String staffId) throws Exception {
        var body = mvc.perform(new RegisterRequests(logins).as("demo.care", get("/api/v1/screenings/due")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[?(@.staff == '" + staffId + "')]");
    }

    @Test
    void aMoveIntoAVulnerableFunctionIsDueOnlyWithCareerScreeningOn() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var vulnerable = inventory.all(demo).get(0).functionName();
        var into = functions.all(demo).stream().filter(f -> f.name().equals(vulnerable)).findFirst().orElseThrow();
        var unit = units.tree(demo).get(0).unit().id();
        var entry = LocalDate.now().minusYears(3);
        var member = directory.create(demo, new NewStaffMember("SCR-" + System.nanoTime() % 100000, "Screenaert",
                "Sam", "inspecteur", unit, null, EmploymentKind.PERMANENT, null, null, null, entry));
        var moved = LocalDate.now().minusMonths(1);
        directory.transfer(demo, member, new Transfer(unit, into.id(), "inspecteur", moved));
        String id = member.value().toString();
        assertThat(dueOf(id)).extracting(d -> d.get("kind")).containsExactly("ENTRY");
        var before = settings.get(demo);
        settings.save(demo, career(before, true));
        try {
            assertThat(dueOf(id)).extracting(d -> d.get("kind") + " " + d.get("dueOn"))
                    .contains("VULNERABLE_FUNCTION " + moved, "ENTRY " + entry);
        }
        finally {
            settings.save(demo, career(before, false));
        }
    }
}
