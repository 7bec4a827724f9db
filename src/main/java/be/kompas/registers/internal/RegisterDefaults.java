package be.kompas.registers.internal;

import static be.kompas.identity.Roles.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.registers.RegisterPermissions;

/**
 * Who uses the registers by default. Supervisors need no permission of their own: a report reaches its reviewer by the
 * line-manager rule, so any staff member can be one.
 */
@Configuration(proxyBeanMethods = false)
class RegisterDefaults {

    @Bean
    static DefaultGrant registersFile() {
        return DefaultGrant.of(RegisterPermissions.FILE, STAFF_MEMBER);
    }

    @Bean
    static DefaultGrant forceAnalyse() {
        return DefaultGrant.of(RegisterPermissions.FORCE_ANALYSE, PREVENTION_ADVISER, INTEGRITY_COORDINATOR,
                CHIEF_OF_POLICE);
    }

    @Bean
    static DefaultGrant violenceRead() {
        return DefaultGrant.of(RegisterPermissions.VIOLENCE_READ, PREVENTION_ADVISER, INTEGRITY_COORDINATOR,
                CHIEF_OF_POLICE, PERSONNEL_CARE);
    }

    @Bean
    static DefaultGrant giftsReview() {
        return DefaultGrant.of(RegisterPermissions.GIFTS_REVIEW, INTEGRITY_COORDINATOR);
    }

    /** The chief of police decides in a Belgian zone; the competent authority in a Dutch unit. */
    @Bean
    static DefaultGrant ancillaryDecide() {
        return DefaultGrant.of(RegisterPermissions.ANCILLARY_DECIDE, CHIEF_OF_POLICE, COMPETENT_AUTHORITY);
    }

    @Bean
    static DefaultGrant screeningManage() {
        return DefaultGrant.of(RegisterPermissions.SCREENING_MANAGE, PERSONNEL_CARE, HEAD_OF_OVERSIGHT);
    }

    @Bean
    static DefaultGrant trainingManage() {
        return DefaultGrant.of(RegisterPermissions.TRAINING_MANAGE, PERSONNEL_CARE, INTEGRITY_COORDINATOR);
    }

    /** Results are health data: personnel care keeps them, with the integrity coordinator; never line managers. */
    @Bean
    static DefaultGrant alcoholDrugTests() {
        return DefaultGrant.of(RegisterPermissions.ALCOHOL_DRUG_TESTS, PERSONNEL_CARE, INTEGRITY_COORDINATOR);
    }

    @Bean
    static DefaultGrant tasks() {
        return DefaultGrant.of(RegisterPermissions.TASKS, PERSONNEL_CARE);
    }

    @Bean
    static DefaultGrant settings() {
        return DefaultGrant.of(RegisterPermissions.SETTINGS, INTEGRITY_COORDINATOR, ADMINISTRATOR);
    }

    @Bean
    static DefaultGrant aggregate() {
        return DefaultGrant.of(RegisterPermissions.AGGREGATE, AIG_ANALYST);
    }

    @Bean
    static NavigationItem forceNavigation() {
        return new NavigationItem("registers.nav.force", "/registers/force", RegisterPermissions.FILE, 300);
    }

    @Bean
    static NavigationItem forceStatisticsNavigation() {
        return new NavigationItem("registers.nav.forceStatistics", "/registers/force/statistics",
                RegisterPermissions.FORCE_ANALYSE, 301);
    }

    @Bean
    static NavigationItem violenceNavigation() {
        return new NavigationItem("registers.nav.violence", "/registers/violence", RegisterPermissions.FILE, 305);
    }

    @Bean
    static NavigationItem giftsNavigation() {
        return new NavigationItem("registers.nav.gifts", "/registers/gifts", RegisterPermissions.FILE, 310);
    }

    @Bean
    static NavigationItem ancillaryNavigation() {
        return new NavigationItem("registers.nav.ancillary", "/registers/ancillary", RegisterPermissions.FILE, 312);
    }

    @Bean
    static NavigationItem screeningsNavigation() {
        return new NavigationItem("registers.nav.screenings", "/registers/screenings",
                RegisterPermissions.SCREENING_MANAGE, 315);
    }

    @Bean
    static NavigationItem trainingNavigation() {
        return new NavigationItem("registers.nav.training", "/registers/training", RegisterPermissions.FILE, 316);
    }

    @Bean
    static NavigationItem oathNavigation() {
        return new NavigationItem("registers.nav.oath", "/registers/oath", RegisterPermissions.FILE, 317);
    }

    @Bean
    static NavigationItem alcoholDrugNavigation() {
        return new NavigationItem("registers.nav.alcoholDrug", "/registers/alcohol-drug-tests",
                RegisterPermissions.ALCOHOL_DRUG_TESTS, 318);
    }

    @Bean
    static NavigationItem settingsNavigation() {
        return new NavigationItem("registers.nav.settings", "/registers/settings", RegisterPermissions.SETTINGS, 820);
    }

    @Bean
    static NavigationItem tasksNavigation() {
        return new NavigationItem("registers.nav.tasks", "/registers/tasks", RegisterPermissions.TASKS, 320);
    }

    @Bean
    static NavigationItem aggregateNavigation() {
        return new NavigationItem("registers.nav.aggregate", "/registers/national", RegisterPermissions.AGGREGATE,
                330);
    }
}
