package be.kompas.earlywarning.internal;

import static be.kompas.identity.Roles.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.earlywarning.EarlyWarningPermissions;
import be.kompas.identity.DefaultGrant;

/**
 * The integrity coordinator manages rules, exposure and runs; reviewers are whoever holds the role the coordinator
 * designates (by default the coordinators themselves, or personnel care); every staff member sees their own file.
 */
@Configuration(proxyBeanMethods = false)
class EarlyWarningDefaults {

    @Bean
    static DefaultGrant earlyWarningManage() {
        return DefaultGrant.of(EarlyWarningPermissions.MANAGE, INTEGRITY_COORDINATOR);
    }

    @Bean
    static DefaultGrant earlyWarningReview() {
        return DefaultGrant.of(EarlyWarningPermissions.REVIEW, INTEGRITY_COORDINATOR, PERSONNEL_CARE, LINE_MANAGER);
    }

    @Bean
    static DefaultGrant earlyWarningOwn() {
        return DefaultGrant.of(EarlyWarningPermissions.OWN, STAFF_MEMBER, LINE_MANAGER);
    }

    @Bean
    static NavigationItem earlyWarningManageNavigation() {
        return new NavigationItem("earlywarning.nav.manage", "/early-warning", EarlyWarningPermissions.MANAGE,
                1000);
    }

    @Bean
    static NavigationItem earlyWarningReviewNavigation() {
        return new NavigationItem("earlywarning.nav.inbox", "/early-warning/inbox", EarlyWarningPermissions.REVIEW,
                1001);
    }

    @Bean
    static NavigationItem earlyWarningOwnNavigation() {
        return new NavigationItem("earlywarning.nav.mine", "/early-warning/mine", EarlyWarningPermissions.OWN,
                1002);
    }
}
