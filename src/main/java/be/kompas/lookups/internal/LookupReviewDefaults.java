package be.kompas.lookups.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.identity.Roles;
import be.kompas.lookups.LookupPermissions;

@Configuration(proxyBeanMethods = false)
class LookupReviewDefaults {

    @Bean
    static DefaultGrant lookupsReviewed() {
        return DefaultGrant.of(LookupPermissions.REVIEW, Roles.INTEGRITY_COORDINATOR, Roles.HEAD_OF_OVERSIGHT,
                Roles.OVERSIGHT_INVESTIGATOR);
    }

    @Bean
    static DefaultGrant lookupsOverseen() {
        return DefaultGrant.of(LookupPermissions.OVERSEE, Roles.DATA_PROTECTION_OFFICER);
    }

    @Bean
    static DefaultGrant lookupSamplesAnswered() {
        return DefaultGrant.of(LookupPermissions.SAMPLE_ANSWER, Roles.LINE_MANAGER);
    }

    @Bean
    static NavigationItem lookupSamplesNavigation() {
        return new NavigationItem("lookups.nav.samples", "/lookups/samples", LookupPermissions.SAMPLE_ANSWER, 503);
    }

    @Bean
    static NavigationItem lookupsNavigation() {
        return new NavigationItem("lookups.nav", "/lookups", LookupPermissions.REVIEW, 500);
    }

    @Bean
    static NavigationItem lookupsQueueNavigation() {
        return new NavigationItem("lookups.nav.queue", "/lookups/alerts", LookupPermissions.REVIEW, 501);
    }

    @Bean
    static NavigationItem lookupsOversightNavigation() {
        return new NavigationItem("lookups.nav.oversight", "/lookups/oversight", LookupPermissions.OVERSEE, 502);
    }
}
