package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.UserManagement;
import be.kompas.identity.internal.SignedIn;
import be.kompas.policy.PolicyReminders.Kind;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class PolicyRemindersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyReminders reminders;

    @Autowired
    ActionPlan plan;

    @Autowired
    Recommendations recommendations;

    @Autowired
    UserManagement users;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void remindsTheOwnersAccountOnceAndTheCoordinatorsWhenThereIsNone() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var today = LocalDate.now();
        var overdue = action(demo, today.minusDays(3));
        var dueSoon = action(demo, today.plusDays(2));
        var later = action(demo, today.plusDays(60));
        var recommendation = recommendations.add(demo, new RecommendationChange(RecommendationSource.COMITE_P,
                "Herinneringstest " + UUID.randomUUID(), today.minusYears(1), "Opvolgen.", "", "DIT",
                today.minusDays(1), RecommendationStatus.ONGOING, ""));
        reminders.assignOwner(demo, Kind.ACTION, overdue.value(), user(demo, "demo.manager"));

        assertThat(reminders.remind(today)).isGreaterThanOrEqualTo(3);
        assertThat(reminders.remind(today)).as("a second run the same day").isZero();

        var code = plan.find(demo, overdue).code();
        mvc.perform(get("/inbox").with(SignedIn.as("demo.manager"))).andExpect(status().isOk())
                .andExpect(content().string(
                        containsString("Actie " + code + " van het integriteitsactieplan is achterstallig")));
        assertThat(addressee("/policy/actions/" + overdue.value())).containsExactly(
                user(demo, "demo.manager").toString());
        assertThat(addressee("/policy/actions/" + dueSoon.value())).containsExactly(PolicyPermissions.MANAGE);
        assertThat(addressee("/policy/recommendations/" + recommendation)).containsExactly(PolicyPermissions.MANAGE);
        assertThat(addressee("/policy/actions/" + later.value())).isEmpty();
        assertThat(jdbc.sql("select organisation_id from notification where link = ?")
                .param("/policy/actions/" + dueSoon.value()).query(UUID.class).single()).isEqualTo(demo.value());
    }

    @Test
    void choosesTheAccountOnlyWithinTheZoneAndOnlyAsCoordinator() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var demo2 = organisations.findByCode("demo2").orElseThrow().id();
        var action = action(demo, LocalDate.now().plusMonths(2));
        assertThatThrownBy(() -> reminders.assignOwner(demo, Kind.ACTION, action.value(), user(demo2, "demo2.officer")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reminders.assignOwner(demo2, Kind.ACTION, action.value(), null))
                .isInstanceOf(RecordNotFoundException.class);

        var manager = user(demo, "demo.manager");
        mvc.perform(post("/policy/actions/" + action.value() + "/reminder-owner").with(SignedIn.as("demo.chief"))
                .with(csrf()).param("user", manager.toString())).andExpect(status().isForbidden());
        mvc.perform(post("/policy/actions/" + action.value() + "/reminder-owner")
                .with(SignedIn.as("demo.coordinator")).with(csrf()).param("user", manager.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(reminders.owner(demo, Kind.ACTION, action.value())).contains(manager);
        mvc.perform(get("/policy/actions/" + action.value()).with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("reminder-owner")));
        mvc.perform(post("/policy/actions/" + action.value() + "/reminder-owner")
                .with(SignedIn.as("demo.coordinator")).with(csrf()).param("user", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(reminders.owner(demo, Kind.ACTION, action.value())).isEmpty();
    }

    @Test
    void remindsOfAnActionPlannedForAQuarterThatHasEnded() {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var today = LocalDate.now();
        var quarterBefore = today.minusMonths(3);
        var quarter = quarterBefore.getYear() + "-Q" + ((quarterBefore.getMonthValue() - 1) / 3 + 1);
        var next = plan.actions(demo, ActionDomain.COMMUNICATION, null).stream().map(PlanAction::code)
                .mapToInt(code -> Integer.parseInt(code.substring(1))).max().orElse(0) + 1;
        var action = plan.add(demo, new ActionChange(ActionDomain.COMMUNICATION, "C" + next, "Kwartaaltest", "",
                "IC", "", quarter, null, ActionStatus.PLANNED, "", ""));
        reminders.remind(today);
        assertThat(addressee("/policy/actions/" + action.value())).containsExactly(PolicyPermissions.MANAGE);
    }

    private ActionId action(OrganisationId organisation, LocalDate due) {
        var next = plan.actions(organisation, ActionDomain.COMMUNICATION, null).stream().map(PlanAction::code)
                .mapToInt(code -> Integer.parseInt(code.substring(1))).max().orElse(0) + 1;
        return plan.add(organisation, new ActionChange(ActionDomain.COMMUNICATION, "C" + next, "Herinneringstest",
                "", "IC", "", "", due, ActionStatus.IN_PROGRESS, "", ""));
    }

    /** Who a reminder went to: the user's id or the permission. */
    private java.util.List<String> addressee(String link) {
        return jdbc.sql("select coalesce(user_id::text, permission) from notification where link = ?").param(link)
                .query(String.class).list();
    }

    private UUID user(OrganisationId organisation, String username) {
        return users.list(organisation, username, PageRequest.of(0, 10)).content().stream()
                .filter(user -> user.username().equals(username)).findFirst().orElseThrow().id();
    }
}
