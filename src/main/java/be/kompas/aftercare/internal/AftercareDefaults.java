package be.kompas.aftercare.internal;

import static be.kompas.identity.Roles.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.aftercare.AftercarePermissions;
import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;

/**
 * Personnel care runs aftercare and follows staff members during a case; integrity coaches hold the team talks and
 * debriefings given to them.
 */
@Configuration(proxyBeanMethods = false)
class AftercareDefaults {

    @Bean
    static DefaultGrant aftercareTasks() {
        return DefaultGrant.of(AftercarePermissions.TASKS, PERSONNEL_CARE, INTEGRITY_COACH);
    }

    @Bean
    static DefaultGrant aftercareManage() {
        return DefaultGrant.of(AftercarePermissions.MANAGE, PERSONNEL_CARE);
    }

    @Bean
    static NavigationItem aftercareTasksNavigation() {
        return new NavigationItem("aftercare.nav.mine", "/aftercare", AftercarePermissions.TASKS, 470);
    }

    @Bean
    static NavigationItem aftercarePlansNavigation() {
        return new NavigationItem("aftercare.nav.plans", "/aftercare/cases", AftercarePermissions.MANAGE, 471);
    }
}
