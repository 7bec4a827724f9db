package be.kompas.investigations.internal;

import static be.kompas.identity.Roles.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.investigations.InvestigationPermissions;

/**
 * The head of internal oversight oversees, the chief of police (and the Dutch competent authority) decides, the
 * bureaus' officers investigate what they are assigned; the mayor, the DPO and personnel care only see that cases
 * exist; every staff member reports under the duty to act and sees their own file when the procedure opens it.
 */
@Configuration(proxyBeanMethods = false)
class InvestigationDefaults {

    @Bean
    static DefaultGrant investigationsOversee() {
        return DefaultGrant.of(InvestigationPermissions.OVERSEE, HEAD_OF_OVERSIGHT);
    }

    @Bean
    static DefaultGrant investigationsInvestigate() {
        return DefaultGrant.of(InvestigationPermissions.INVESTIGATE, OVERSIGHT_INVESTIGATOR, DISCIPLINE_OFFICER,
                LINE_MANAGER, INTEGRITY_DEPARTMENT);
    }

    @Bean
    static DefaultGrant investigationsDecide() {
        return DefaultGrant.of(InvestigationPermissions.DECIDE, CHIEF_OF_POLICE, COMPETENT_AUTHORITY);
    }

    @Bean
    static DefaultGrant investigationsRegister() {
        return DefaultGrant.of(InvestigationPermissions.REGISTER, DISCIPLINARY_AUTHORITY, DATA_PROTECTION_OFFICER,
                PERSONNEL_CARE);
    }

    @Bean
    static DefaultGrant investigationsOwn() {
        return DefaultGrant.of(InvestigationPermissions.OWN, STAFF_MEMBER, LINE_MANAGER);
    }

    @Bean
    static DefaultGrant investigationsReport() {
        return DefaultGrant.of(InvestigationPermissions.REPORT, STAFF_MEMBER, LINE_MANAGER);
    }

    @Bean
    static DefaultGrant investigationsStatistics() {
        return DefaultGrant.of(InvestigationPermissions.STATISTICS, HEAD_OF_OVERSIGHT, CHIEF_OF_POLICE,
                INTEGRITY_COORDINATOR, COMPETENT_AUTHORITY);
    }

    @Bean
    static DefaultGrant investigationsNational() {
        return DefaultGrant.of(InvestigationPermissions.NATIONAL, AIG_ANALYST);
    }

    @Bean
    static NavigationItem investigationsCasesNavigation() {
        return new NavigationItem("investigations.nav.cases", "/investigations", InvestigationPermissions.INVESTIGATE,
                500);
    }

    @Bean
    static NavigationItem investigationsOverseeNavigation() {
        return new NavigationItem("investigations.nav.cases", "/investigations", InvestigationPermissions.OVERSEE,
                500);
    }

    @Bean
    static NavigationItem investigationsDecideNavigation() {
        return new NavigationItem("investigations.nav.cases", "/investigations", InvestigationPermissions.DECIDE,
                500);
    }

    @Bean
    static NavigationItem investigationsRegisterNavigation() {
        return new NavigationItem("investigations.nav.register", "/investigations/register",
                InvestigationPermissions.REGISTER, 501);
    }

    @Bean
    static NavigationItem investigationsOwnNavigation() {
        return new NavigationItem("investigations.nav.mine", "/investigations/mine", InvestigationPermissions.OWN,
                502);
    }

    @Bean
    static NavigationItem investigationsStatisticsNavigation() {
        return new NavigationItem("investigations.nav.statistics", "/investigations/statistics",
                InvestigationPermissions.STATISTICS, 503);
    }

    @Bean
    static NavigationItem investigationsNationalNavigation() {
        return new NavigationItem("investigations.nav.national", "/investigations/national",
                InvestigationPermissions.NATIONAL, 504);
    }
}
