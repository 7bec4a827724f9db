package be.kompas.privacy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.identity.Roles;
import be.kompas.privacy.PrivacyPermissions;

@Configuration(proxyBeanMethods = false)
class PrivacyDefaults {

    @Bean
    static DefaultGrant privacyManaged() {
        return DefaultGrant.of(PrivacyPermissions.MANAGE, Roles.DATA_PROTECTION_OFFICER);
    }

    @Bean
    static NavigationItem privacyNavigation() {
        return new NavigationItem("privacy.nav", "/privacy", PrivacyPermissions.MANAGE, 800);
    }

    @Bean
    static NavigationItem subjectAccessNavigation() {
        return new NavigationItem("privacy.nav.subjectAccess", "/privacy/subject-access", PrivacyPermissions.MANAGE,
                801);
    }
}
