package be.kompas.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.Roles;
import be.kompas.identity.UserSummary;
import be.kompas.tenancy.OrganisationId;

/**
 * Even when the coordinator designates line managers as reviewers, an alert about someone never goes to that
 * person's own line manager, nor to themselves.
 */
@KompasIntegrationTest
class ReviewerChoiceIntegrationTests {

    @Autowired
    ReviewerChoice reviewers;

    @Autowired
    JdbcClient jdbc;

    private UUID staff(String username) {
        return jdbc.sql("select staff_member_id from app_user where username = :u").param("u", username)
                .query(UUID.class).single();
    }

    private OrganisationId demo() {
        return new OrganisationId(jdbc.sql("select id from organisation where code = 'demo'").query(UUID.class)
                .single());
    }

    @Test
    void theLineManagerOfTheStaffMemberIsNeverTheReviewer() {
        var choice = reviewers.choose(demo(), staff("demo.officer"), Roles.LINE_MANAGER);
        assertThat(choice.map(UserSummary::username)).isEmpty();
    }

    @Test
    void aLineManagerReviewsSomeoneTheyDoNotManage() {
        var choice = reviewers.choose(demo(), staff("demo.coach"), Roles.LINE_MANAGER);
        assertThat(choice.map(UserSummary::username)).contains("demo.manager");
    }

    @Test
    void nobodyReviewsTheirOwnAlert() {
        var choice = reviewers.choose(demo(), staff("demo.coordinator"), Roles.INTEGRITY_COORDINATOR);
        assertThat(choice.map(UserSummary::username)).isEmpty();
        assertThat(reviewers.choose(demo(), staff("demo.officer"), Roles.INTEGRITY_COORDINATOR)
                .map(UserSummary::username)).contains("demo.coordinator");
    }
}
