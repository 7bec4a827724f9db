package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;

@KompasIntegrationTest
class GiftsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    private RegisterRequests api() {
        return new RegisterRequests(logins);
    }

    private String declare(String user, String giver, String value, boolean accepted) throws Exception {
        var body = mvc.perform(api().postJson(user, "/api/v1/gifts", """
                {"kind": "GIFT", "description": "Bottle of wine", "giver": "%s", "estimatedValue": %s,
                 "accepted": %s, "receivedOn": "%s"}""".formatted(giver, value, accepted, LocalDate.now())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void warnsAboveTheThresholdOnlyWhenAccepted() throws Exception {
        String expensive = declare("demo.officer", "Café De Ster", "120", true);
        String refused = declare("demo.officer", "Café De Ster", "120", false);
        String symbolic = declare("demo.officer", "Café De Ster", "15", true);
        mvc.perform(api().as("demo.officer", get("/api/v1/gifts/" + expensive)))
                .andExpect(jsonPath("$.warnings").value(hasItem("ABOVE_THRESHOLD")));
        mvc.perform(api().as("demo.officer", get("/api/v1/gifts/" + refused)))
                .andExpect(jsonPath("$.warnings.length()").value(0));
        mvc.perform(api().as("demo.officer", get("/api/v1/gifts/" + symbolic)))
                .andExpect(jsonPath("$.warnings.length()").value(0));
        mvc.perform(get("/registers/gifts/" + expensive).with(as("demo.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("gift-warnings")));
    }

    @Test
    void warnsForAForbiddenGiverSetByTheCoordinator() throws Exception {
        mvc.perform(post("/registers/settings").with(as("demo.coordinator")).with(csrf())
                .param("giftThreshold", "50").param("forbiddenGivers", "Tolken Vertaalbureau BV\nBouwfirma X")
                .param("ancillaryManagerAdvice", "true").param("ancillaryValidityYears", "3")
                .param("screeningIntervalYears", "5").param("alcoholDrugTests", "true"))
                .andExpect(status().is3xxRedirection());
        String id = declare("demo.officer", "tolken vertaalbureau bv", "5", true);
        mvc.perform(api().as("demo.officer", get("/api/v1/gifts/" + id)))
                .andExpect(jsonPath("$.warnings").value(hasItem("FORBIDDEN_GIVER")));
        mvc.perform(get("/registers/gifts/new").with(as("demo.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tolken Vertaalbureau BV")));
        mvc.perform(get("/registers/settings").with(as("demo.officer"))).andExpect(status().isForbidden());
        // The coordinator's settings page shows the list again, one giver a line.
        mvc.perform(get("/registers/settings").with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tolken Vertaalbureau BV\nBouwfirma X")));
    }

    @Test
    void coordinatorReviewsTheRegister() throws Exception {
        String id = declare("demo.officer", "Garage Noord", "30", true);
        mvc.perform(get("/registers/gifts").with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        mvc.perform(post("/registers/gifts/" + id + "/review").param("remark", "Fine").with(as("demo.coordinator"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.officer", get("/api/v1/gifts/" + id))).andExpect(jsonPath("$.reviewed").value(true));
        mvc.perform(post("/registers/gifts/" + id + "/review").with(as("demo.officer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registers/gifts/statistics").with(as("demo.coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/registers/gifts/export").param("year", String.valueOf(LocalDate.now().getYear()))
                .with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Garage Noord")));
    }

    @Test
    void refusesBadInputAndKeepsOthersOut() throws Exception {
        mvc.perform(api().postJson("demo.officer", "/api/v1/gifts", """
                {"kind": "GIFT", "description": "", "estimatedValue": -1, "accepted": true}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("description")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("giver")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("estimatedValue")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("receivedOn")));
        mvc.perform(post("/registers/gifts/new").with(as("demo.officer")).with(csrf()).param("kind", "GIFT")
                .param("description", "").param("giver", "x").param("estimatedValue", "abc")
                .param("receivedOn", LocalDate.now().toString())).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("giftForm", "description", "estimatedValue"));
        String id = declare("demo.officer", "Bakkerij", "5", true);
        mvc.perform(api().as("demo.coach2", get("/api/v1/gifts/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.coordinator", get("/api/v1/gifts/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.coordinator", get("/api/v1/gifts").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
    }
}
