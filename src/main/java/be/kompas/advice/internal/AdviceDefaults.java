package be.kompas.advice.internal;

import static be.kompas.identity.Roles.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.advice.AdvicePermissions;
import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;

/** Who works in the Advice Point by default (domain.md 1.2 and 1.4): the facilitator, their helpers and the coaches. */
@Configuration(proxyBeanMethods = false)
class AdviceDefaults {

    @Bean
    static DefaultGrant adviceManageGrant() {
        return DefaultGrant.of(AdvicePermissions.MANAGE, COACH_FACILITATOR, FACILITATOR_HELPER);
    }

    @Bean
    static DefaultGrant adviceHandleGrant() {
        return DefaultGrant.of(AdvicePermissions.HANDLE, COACH_FACILITATOR, FACILITATOR_HELPER, INTEGRITY_COACH);
    }

    @Bean
    static DefaultGrant adviceArchiveGrant() {
        return DefaultGrant.of(AdvicePermissions.APPROVE_ARCHIVE_ACCESS, DATA_PROTECTION_OFFICER);
    }

    @Bean
    static NavigationItem adviceArchiveNavigation() {
        return new NavigationItem("advice.archive.nav", "/advice/archive/requests",
                AdvicePermissions.APPROVE_ARCHIVE_ACCESS, 42);
    }

    @Bean
    static DefaultGrant adviceStatisticsGrant() {
        return DefaultGrant.of(AdvicePermissions.STATISTICS, COACH_FACILITATOR, FACILITATOR_HELPER,
                INTEGRITY_COORDINATOR);
    }

    @Bean
    static NavigationItem adviceNavigation() {
        return new NavigationItem("advice.nav", "/advice", AdvicePermissions.HANDLE, 40);
    }

    @Bean
    static NavigationItem adviceStatisticsNavigation() {
        return new NavigationItem("advice.statistics.nav", "/advice/statistics", AdvicePermissions.STATISTICS, 41);
    }
}
