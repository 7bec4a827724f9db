package be.kompas.reporting.internal;

import static be.kompas.identity.Roles.AIG_ANALYST;
import static be.kompas.identity.Roles.CHIEF_OF_POLICE;
import static be.kompas.identity.Roles.INTEGRITY_COORDINATOR;
import static be.kompas.identity.Roles.LINE_MANAGER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.reporting.ReportingPermissions;

/** The chief of police and the coordinator see the organisation, line managers their unit, the AIG the nation. */
@Configuration(proxyBeanMethods = false)
class ReportingDefaults {

    @Bean
    static DefaultGrant reportingOrganisation() {
        return DefaultGrant.of(ReportingPermissions.ORGANISATION, CHIEF_OF_POLICE, INTEGRITY_COORDINATOR);
    }

    @Bean
    static DefaultGrant reportingUnit() {
        return DefaultGrant.of(ReportingPermissions.UNIT, LINE_MANAGER);
    }

    @Bean
    static DefaultGrant reportingNational() {
        return DefaultGrant.of(ReportingPermissions.NATIONAL, AIG_ANALYST);
    }

    @Bean
    static NavigationItem reportingDashboardNavigation() {
        return new NavigationItem("reporting.nav.dashboard", "/reporting", ReportingPermissions.ORGANISATION, 1);
    }

    @Bean
    static NavigationItem reportingReportsNavigation() {
        return new NavigationItem("reporting.nav.reports", "/reporting/reports", ReportingPermissions.ORGANISATION,
                2);
    }

    @Bean
    static NavigationItem reportingUnitNavigation() {
        return new NavigationItem("reporting.nav.unit", "/reporting/unit", ReportingPermissions.UNIT, 1);
    }

    @Bean
    static NavigationItem reportingNationalNavigation() {
        return new NavigationItem("reporting.nav.national", "/reporting/national", ReportingPermissions.NATIONAL, 1);
    }

    @Bean
    static NavigationItem reportingNationalReportNavigation() {
        return new NavigationItem("reporting.nav.nationalReport", "/reporting/reports",
                ReportingPermissions.NATIONAL, 2);
    }
}
