package be.kompas.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.identity.Permissions;
import be.kompas.identity.Roles;

@Configuration(proxyBeanMethods = false)
class IdentityDefaults {

    @Bean
    static DefaultGrant usersManaged() {
        return DefaultGrant.of(Permissions.USERS_MANAGE, Roles.ADMINISTRATOR);
    }

    @Bean
    static DefaultGrant rolesManaged() {
        return DefaultGrant.of(Permissions.ROLES_MANAGE, Roles.ADMINISTRATOR);
    }

    @Bean
    static NavigationItem usersNavigation() {
        return new NavigationItem("nav.users", "/admin/users", Permissions.USERS_MANAGE, 900);
    }

    @Bean
    static NavigationItem rolesNavigation() {
        return new NavigationItem("nav.roles", "/admin/roles", Permissions.ROLES_MANAGE, 910);
    }
}
