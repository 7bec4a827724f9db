package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.NewOrganisation;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class ComplianceTableIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplianceTable table;

    @Autowired
    Organisations organisations;

    @Test
    void importsTheLimburgTableOnceAndKeepsItToItsUnit() {
        var unit = organisations.create(new NewOrganisation("nl" + UUID.randomUUID().toString().substring(0, 6),
                "Eenheid Limburg", OrganisationKind.DUTCH_UNIT, null, Locale.forLanguageTag("nl"))).id();
        assertThat(table.importDutchTemplate(unit)).isEqualTo(12);
        assertThat(table.importDutchTemplate(unit)).isZero();
        assertThat(table.items(unit)).filteredOn(item -> item.component().equals("Financiële belangen"))
                .extracting(ComplianceItem::status).containsExactly(ComplianceStatus.IN_DEVELOPMENT);
        var item = table.items(unit).get(0).id();
        var demo = organisations.findByCode("demo").orElseThrow().id();
        assertThatThrownBy(() -> table.changeStatus(demo, item, ComplianceStatus.READY))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(table.items(demo)).extracting(ComplianceItem::id).doesNotContain(item);
    }

    @Test
    void addsARowAndChangesItsStatusOnThePage() throws Exception {
        mvc.perform(post("/policy/compliance").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("component", "Screening bij mobiliteit").param("legalBasis", "GRECO")
                .param("actors", "DHR").param("status", "IN_DEVELOPMENT")).andExpect(status().is3xxRedirection());
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var row = table.items(demo).stream().filter(item -> item.component().equals("Screening bij mobiliteit"))
                .findFirst().orElseThrow();
        mvc.perform(post("/policy/compliance/" + row.id()).with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("status", "READY")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/policy/compliance").with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Screening bij mobiliteit")));
        assertThat(table.items(demo)).filteredOn(item -> item.id().equals(row.id()))
                .extracting(ComplianceItem::status).containsExactly(ComplianceStatus.READY);
        mvc.perform(post("/policy/compliance/" + row.id()).with(SignedIn.as("demo.chief")).with(csrf())
                .param("status", "IN_DEVELOPMENT")).andExpect(status().isForbidden());
    }
}
