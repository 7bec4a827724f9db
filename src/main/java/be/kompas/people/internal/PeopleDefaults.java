package be.kompas.people.internal;

import static be.kompas.identity.Roles.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.people.PeoplePermissions;

/**
 * Who reads and keeps staff records by default. Line managers get the unit-limited permission, so that an
 * administrator cannot widen their reach by accident when editing another role.
 */
@Configuration(proxyBeanMethods = false)
class PeopleDefaults {

    @Bean
    static DefaultGrant staffRead() {
        return DefaultGrant.of(PeoplePermissions.STAFF_READ, CHIEF_OF_POLICE, INTEGRITY_COORDINATOR,
                HEAD_OF_OVERSIGHT, OVERSIGHT_INVESTIGATOR, DISCIPLINE_OFFICER, PERSONNEL_CARE,
                DATA_PROTECTION_OFFICER, ADMINISTRATOR, CUSTOMER_COORDINATOR, COACH_FACILITATOR,
                COMPETENT_AUTHORITY, INTEGRITY_DEPARTMENT);
    }

    @Bean
    static DefaultGrant staffReadUnit() {
        return DefaultGrant.of(PeoplePermissions.STAFF_READ_UNIT, LINE_MANAGER);
    }

    @Bean
    static DefaultGrant ownRecordRead() {
        return DefaultGrant.of(PeoplePermissions.OWN_RECORD_READ, STAFF_MEMBER);
    }

    @Bean
    static DefaultGrant staffManage() {
        return DefaultGrant.of(PeoplePermissions.STAFF_MANAGE, ADMINISTRATOR, CHIEF_OF_POLICE);
    }

    @Bean
    static DefaultGrant unitsManage() {
        return DefaultGrant.of(PeoplePermissions.UNITS_MANAGE, ADMINISTRATOR);
    }

    @Bean
    static NavigationItem staffNavigation() {
        return new NavigationItem("people.nav.staff", "/people/staff", PeoplePermissions.STAFF_READ, 100);
    }

    @Bean
    static NavigationItem managedStaffNavigation() {
        return new NavigationItem("people.nav.myTeam", "/people/staff", PeoplePermissions.STAFF_READ_UNIT, 101);
    }

    @Bean
    static NavigationItem ownRecordNavigation() {
        return new NavigationItem("people.nav.me", "/people/me", PeoplePermissions.OWN_RECORD_READ, 102);
    }

    @Bean
    static NavigationItem unitsNavigation() {
        return new NavigationItem("people.nav.units", "/people/units", PeoplePermissions.UNITS_MANAGE, 800);
    }

    @Bean
    static NavigationItem functionsNavigation() {
        return new NavigationItem("people.nav.functions", "/people/functions", PeoplePermissions.UNITS_MANAGE, 810);
    }
}
