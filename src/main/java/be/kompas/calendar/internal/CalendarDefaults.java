package be.kompas.calendar.internal;

import static be.kompas.identity.Roles.ADMINISTRATOR;
import static be.kompas.identity.Roles.INTEGRITY_COORDINATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.calendar.CalendarPermissions;
import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;

@Configuration(proxyBeanMethods = false)
class CalendarDefaults {

    @Bean
    static DefaultGrant calendarManage() {
        return DefaultGrant.of(CalendarPermissions.MANAGE, INTEGRITY_COORDINATOR, ADMINISTRATOR);
    }

    @Bean
    static NavigationItem calendarNavigation() {
        return new NavigationItem("calendar.nav", "/calendar", CalendarPermissions.MANAGE, 820);
    }
}
