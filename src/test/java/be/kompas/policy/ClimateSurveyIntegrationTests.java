package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.UserManagement;
import be.kompas.identity.internal.SignedIn;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.tenancy.NewOrganisation;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class ClimateSurveyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClimateSurveys surveys;

    @Autowired
    ActionPlan plan;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    void showsResultsOnlyForGroupsOfAtLeastTen() {
        var demo = demo();
        var survey = openSurvey(demo, "Interventie", "Recherche");
        var clarity = surveys.items(demo, survey).get(0).id();
        var enforcement = surveys.items(demo, survey).get(1).id();
        for (int i = 0; i < 9; i++) {
            surveys.answer(demo, token(demo, survey), "Interventie", Map.of(clarity, 4, enforcement, 2));
        }
        var nine = surveys.results(demo, survey);
        assertThat(nine.participants()).isEqualTo(9);
        assertThat(nine.overall().suppressed()).isTrue();
        assertThat(nine.overall().means()).isEmpty();

        surveys.answer(demo, token(demo, survey), "Interventie", Map.of(clarity, 5, enforcement, 3));
        surveys.answer(demo, token(demo, survey), "Recherche", Map.of(clarity, 1, enforcement, 1));
        surveys.close(demo, survey);

        var results = surveys.results(demo, survey);
        assertThat(results.overall().respondents()).isEqualTo(11);
        assertThat(results.overall().mean(ClimateDimension.CLARITY)).hasValueSatisfying(
                mean -> assertThat(mean).isCloseTo((9 * 4 + 5 + 1) / 11.0, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(results.groups()).extracting(SurveyResults.GroupResult::group).containsExactly("Interventie",
                "Recherche");
        // Interventie has ten, but with it shown, 11 x overall - 10 x Interventie would give Recherche's one answer.
        assertThat(results.groups().get(0).withheld()).isTrue();
        assertThat(results.groups().get(0).means()).isEmpty();
        assertThat(results.groups().get(1).tooFew()).isTrue();
        assertThat(results.groups().get(1).means()).isEmpty();
        assertThat(surveys.trend(demo)).extracting(r -> r.survey().id()).contains(survey);
    }

    @Test
    void withholdsALargeGroupWhoseMeansWouldGiveAwayTheRestBySubtraction() throws Exception {
        var demo = demo();
        var survey = openSurvey(demo, "Interventie", "Recherche", "Wijk");
        for (int i = 0; i < 12; i++) {
            surveys.answer(demo, token(demo, survey), "Interventie", all(demo, survey, 4));
        }
        for (int i = 0; i < 10; i++) {
            surveys.answer(demo, token(demo, survey), "Recherche", all(demo, survey, 3));
        }
        for (int i = 0; i < 11; i++) {
            surveys.answer(demo, token(demo, survey), "Wijk", all(demo, survey, 2));
        }
        for (int i = 0; i < 3; i++) {
            surveys.answer(demo, token(demo, survey), "", all(demo, survey, 1));
        }
        surveys.close(demo, survey);

        var results = surveys.results(demo, survey);
        assertThat(results.overall().respondents()).isEqualTo(36);
        assertThat(results.overall().suppressed()).isFalse();
        // The three without a group are left over: the smallest group (Recherche, 10) is withheld with them.
        var groups = results.groups();
        assertThat(groups.get(0).mean(ClimateDimension.CLARITY)).contains(4.0);
        assertThat(groups.get(1).withheld()).isTrue();
        assertThat(groups.get(1).respondents()).isEqualTo(10);
        assertThat(groups.get(2).mean(ClimateDimension.CLARITY)).contains(2.0);
        mvc.perform(get("/policy/surveys/" + survey).with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"withheld\"")));

        var complete = openSurvey(demo, "Interventie", "Recherche");
        for (int i = 0; i < 20; i++) {
            surveys.answer(demo, token(demo, complete), i < 10 ? "Interventie" : "Recherche",
                    all(demo, complete, 3));
        }
        surveys.close(demo, complete);
        assertThat(surveys.results(demo, complete).groups()).noneMatch(SurveyResults.GroupResult::suppressed);
    }

    @Test
    void theDemoShowsEarlierYearsAsATrendWithASwotAndAGroupTooSmallToShow() throws Exception {
        var demo = demo();
        var years = surveys.trend(demo).stream().filter(results -> !results.overall().suppressed())
                .map(results -> results.survey().year()).toList();
        assertThat(years).contains(2024, 2025);
        var survey2025 = surveys.surveys(demo).stream().filter(s -> s.title().equals("Onderzoek ethisch klimaat 2025"))
                .findFirst().orElseThrow();
        var results = surveys.results(demo, survey2025.id());
        assertThat(results.overall().respondents()).isEqualTo(40);
        assertThat(results.groups()).filteredOn(g -> g.group().equals("Ondersteuning"))
                .allMatch(SurveyResults.GroupResult::tooFew);
        assertThat(results.groups()).filteredOn(g -> g.group().equals("Interventie"))
                .noneMatch(SurveyResults.GroupResult::suppressed);
        assertThat(surveys.swot(demo, 2025).priorityList()).hasSize(2);
        mvc.perform(get("/policy/surveys").with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2024: ")))
                .andExpect(content().string(containsString("2025: ")));
        mvc.perform(get("/policy/surveys/" + survey2025.id()).with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"suggested-phase\"")))
                .andExpect(content().string(containsString("id=\"placed-phase\"")));
    }

    @Test
    void keepsAnswersApartFromWhoGaveThem() {
        var demo = demo();
        var survey = openSurvey(demo);
        var user = UUID.randomUUID();
        var token = surveys.issueToken(demo, survey, user).orElseThrow();
        assertThat(surveys.issueToken(demo, survey, user)).as("one token per person").isEmpty();
        assertThat(surveys.tookPart(demo, survey, user)).isTrue();
        surveys.answer(demo, token, "", all(demo, survey, 3));
        assertThatThrownBy(() -> surveys.answer(demo, token, "", all(demo, survey, 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("token");
        surveys.close(demo, survey);

        assertThat(columns("policy_survey_response")).containsExactlyInAnyOrder("id", "organisation_id", "survey_id",
                "respondent_group");
        assertThat(columns("policy_survey_answer")).containsExactlyInAnyOrder("response_id", "item_id", "score");
        assertThat(columns("policy_survey_participant")).doesNotContain("response_id", "token_hash");
        var responses = jdbc.sql("select id::text from policy_survey_response where survey_id = ?").param(survey)
                .query(String.class).list();
        assertThat(responses).hasSize(1);
        var audited = jdbc.sql("select coalesce(record_id, '') || ' ' || coalesce(subject, '') from audit_entry")
                .query(String.class).list();
        assertThat(audited).noneMatch(entry -> entry.contains(responses.get(0)) || entry.contains(token));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'policy.survey.answered' and record_id = ?")
                .param(survey.toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from policy_survey_token where survey_id = ?").param(survey)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void showsWhoTookPartToTheDpoAndForgetsItAfterRetention() {
        var demo = demo();
        var survey = openSurvey(demo);
        var officer = users.list(demo, "demo.officer", be.kompas.core.PageRequest.of(0, 10)).content().stream()
                .filter(user -> user.username().equals("demo.officer")).findFirst().orElseThrow().id();
        surveys.answer(demo, surveys.issueToken(demo, survey, officer).orElseThrow(), "", all(demo, survey, 4));
        surveys.close(demo, survey);
        var holder = holders.stream().filter(h -> h.recordTypes().stream()
                .anyMatch(type -> type.code().equals("policy.survey-participation"))).findFirst().orElseThrow();
        assertThat(holder.findAbout(demo, "demo.officer")).extracting(PersonalRecord::recordId)
                .contains(survey.toString());
        assertThat(holder.findAbout(demo, "demo.officer").toString()).doesNotContain("score");

        holder.purge(demo, "policy.survey-participation", java.time.Instant.now().plus(java.time.Duration.ofDays(90)));
        assertThat(surveys.tookPart(demo, survey, officer)).isFalse();
        assertThat(jdbc.sql("select count(*) from policy_survey_response where survey_id = ?").param(survey)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void refusesIncompleteAnswersAndChangesToAnOpenQuestionnaire() {
        var demo = demo();
        var survey = openSurvey(demo);
        var token = token(demo, survey);
        assertThatThrownBy(() -> surveys.answer(demo, token, "", Map.of()))
                .isInstanceOf(InvalidInputException.class);
        var item = surveys.items(demo, survey).get(0).id();
        assertThatThrownBy(() -> surveys.answer(demo, token, "", Map.of(item, 6)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> surveys.answer(demo, token, "Elders", all(demo, survey, 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("group");
        assertThatThrownBy(() -> surveys.addItem(demo, survey, ClimateDimension.CLARITY, "Te laat"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("status");
        surveys.answer(demo, token, "", all(demo, survey, 3));
        surveys.close(demo, survey);
        assertThatThrownBy(() -> surveys.issueToken(demo, survey, UUID.randomUUID()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsSurveysToTheirZone() {
        var demo = demo();
        var survey = openSurvey(demo);
        var demo2 = organisations.findByCode("demo2").orElseThrow().id();
        var token = token(demo, survey);
        assertThatThrownBy(() -> surveys.find(demo2, survey)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> surveys.issueToken(demo2, survey, UUID.randomUUID()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> surveys.answer(demo2, token, "", all(demo, survey, 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("token");
        assertThat(surveys.surveys(demo2)).extracting(ClimateSurvey::id).doesNotContain(survey);
    }

    @Test
    void turnsAPriorityOfTheSwotIntoAPlannedAction() {
        var demo = organisations.create(new NewOrganisation("sw" + UUID.randomUUID().toString().substring(0, 6),
                "PZ Swot", OrganisationKind.LOCAL_ZONE, null, Locale.forLanguageTag("nl"))).id();
        plan.importGentTemplate(demo);
        surveys.saveSwot(demo, new ClimateSwot(2031, "Open sfeer", "Weinig dilemmagesprekken", "", "",
                "Dilemmagesprekken in elk team\n\n", GrowthPhase.ACTING_WITH_INTEGRITY));
        var swot = surveys.swot(demo, 2031);
        assertThat(swot.priorityList()).containsExactly("Dilemmagesprekken in elk team");
        assertThat(swot.phase()).isEqualTo(GrowthPhase.ACTING_WITH_INTEGRITY);
        var action = plan.find(demo, surveys.planPriority(demo, 2031, swot.priorityList().get(0)));
        assertThat(action.code()).isEqualTo("B11");
        assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(action.objective()).isEqualTo("SWOT 2031");
        assertThat(GrowthPhase.suggestedBy(java.util.Optional.of(3.3))).contains(GrowthPhase.THINKING_WITH_INTEGRITY);
    }

    @Test
    void staffAnswerInTheBrowserOnceAndOnlyTheCoordinatorComposes() throws Exception {
        var created = mvc.perform(post("/policy/surveys").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("year", "2032").param("title", "Klimaatonderzoek webtest").param("groups", "Wijk\nVerkeer"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = UUID.fromString(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(post(created + "/items").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("dimension", "DISCUSSABILITY").param("text", "Ik kan dilemma''s bespreken"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(created + "/items").with(SignedIn.as("demo.chief")).with(csrf())
                .param("dimension", "CLARITY").param("text", "Niet toegestaan")).andExpect(status().isForbidden());
        mvc.perform(post(created + "/open").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("closesOn", LocalDate.now().plusDays(14).toString())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "policy.survey.opened"));

        var session = new MockHttpSession();
        mvc.perform(get("/policy/surveys/open").with(SignedIn.as("demo.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Klimaatonderzoek webtest")));
        var form = mvc.perform(get(created + "/take").session(session).with(SignedIn.as("demo.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("bespreken")))
                .andReturn().getResponse().getContentAsString();
        var token = form.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        var item = surveys.items(demo(), id).get(0).id();
        mvc.perform(post(created + "/take").session(session).with(SignedIn.as("demo.officer")).with(csrf())
                .param("token", token).param("group", "Wijk").param("score_" + item, "4"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "policy.survey.thanks"));
        mvc.perform(get(created + "/take").session(new MockHttpSession()).with(SignedIn.as("demo.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "policy.survey.alreadyTaken"));

        mvc.perform(get(created).with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Klimaatonderzoek webtest")));
        mvc.perform(get(created).with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get(created).with(SignedIn.as("demo2.coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get(created + "/take").with(SignedIn.as("demo2.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/policy/surveys").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/surveys/open").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/surveys/export").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("discussability")));
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }

    private UUID openSurvey(OrganisationId organisation, String... groups) {
        var survey = surveys.create(organisation, 2030, "Klimaat " + UUID.randomUUID(), List.of(groups));
        surveys.addItem(organisation, survey, ClimateDimension.CLARITY, "De regels zijn mij duidelijk.");
        surveys.addItem(organisation, survey, ClimateDimension.ENFORCEMENT, "Signalen worden onderzocht.");
        surveys.open(organisation, survey, LocalDate.now().plusDays(30));
        return survey;
    }

    private Map<UUID, Integer> all(OrganisationId organisation, UUID survey, int score) {
        return surveys.items(organisation, survey).stream()
                .collect(java.util.stream.Collectors.toMap(SurveyItem::id, item -> score));
    }

    private String token(OrganisationId organisation, UUID survey) {
        return surveys.issueToken(organisation, survey, UUID.randomUUID()).orElseThrow();
    }

    private List<String> columns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_name = ?").param(table)
                .query(String.class).list();
    }
}
