package be.kompas.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.audit.AuditPermissions;
import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.identity.Roles;

@Configuration(proxyBeanMethods = false)
class AuditDefaults {

    @Bean
    static DefaultGrant auditVerified() {
        return DefaultGrant.of(AuditPermissions.VERIFY, Roles.ADMINISTRATOR);
    }

    @Bean
    static DefaultGrant auditSearched() {
        return DefaultGrant.of(AuditPermissions.SEARCH, Roles.DATA_PROTECTION_OFFICER);
    }

    @Bean
    static NavigationItem auditSearchNavigation() {
        return new NavigationItem("audit.nav.search", "/audit", AuditPermissions.SEARCH, 810);
    }

    @Bean
    static NavigationItem auditVerifyNavigation() {
        return new NavigationItem("audit.nav.verify", "/audit/verify", AuditPermissions.VERIFY, 920);
    }
}
