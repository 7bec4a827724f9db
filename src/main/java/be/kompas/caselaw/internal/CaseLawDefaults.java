package be.kompas.caselaw.internal;

import static be.kompas.identity.Roles.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.caselaw.CaseLawPermissions;
import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;

/**
 * Those who investigate, advise on or decide sanctions read the case law (DIT, Bureau Tucht, the decision makers and
 * the Dutch integrity departments); the head of internal oversight keeps it. Staff members do not see it.
 */
@Configuration(proxyBeanMethods = false)
class CaseLawDefaults {

    @Bean
    static DefaultGrant caseLawRead() {
        return DefaultGrant.of(CaseLawPermissions.READ, HEAD_OF_OVERSIGHT, OVERSIGHT_INVESTIGATOR, DISCIPLINE_OFFICER,
                CHIEF_OF_POLICE, DISCIPLINARY_AUTHORITY, COMPETENT_AUTHORITY, INTEGRITY_DEPARTMENT,
                LABOUR_AFFAIRS_ADVISER);
    }

    @Bean
    static DefaultGrant caseLawManage() {
        return DefaultGrant.of(CaseLawPermissions.MANAGE, HEAD_OF_OVERSIGHT);
    }

    @Bean
    static NavigationItem caseLawNavigation() {
        return new NavigationItem("caselaw.nav.search", "/caselaw", CaseLawPermissions.READ, 460);
    }

    @Bean
    static NavigationItem caseLawConsistencyNavigation() {
        return new NavigationItem("caselaw.nav.consistency", "/caselaw/consistency", CaseLawPermissions.READ, 461);
    }
}
