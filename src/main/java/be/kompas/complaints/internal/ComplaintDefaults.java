package be.kompas.complaints.internal;

import static be.kompas.identity.Roles.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.complaints.ComplaintPermissions;
import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;

/** The customer coordinator handles; the chief of police reads; every staff member sees what concerns them. */
@Configuration(proxyBeanMethods = false)
class ComplaintDefaults {

    @Bean
    static DefaultGrant complaintsHandle() {
        return DefaultGrant.of(ComplaintPermissions.HANDLE, CUSTOMER_COORDINATOR);
    }

    @Bean
    static DefaultGrant complaintsRead() {
        return DefaultGrant.of(ComplaintPermissions.READ, CHIEF_OF_POLICE);
    }

    @Bean
    static DefaultGrant complaintsOwn() {
        return DefaultGrant.of(ComplaintPermissions.OWN, STAFF_MEMBER, LINE_MANAGER);
    }

    @Bean
    static DefaultGrant complaintsNational() {
        return DefaultGrant.of(ComplaintPermissions.NATIONAL, AIG_ANALYST);
    }

    @Bean
    static NavigationItem complaintsHandleNavigation() {
        return new NavigationItem("complaints.nav.inbox", "/complaints", ComplaintPermissions.HANDLE, 300);
    }

    @Bean
    static NavigationItem complaintsReadNavigation() {
        return new NavigationItem("complaints.nav.read", "/complaints", ComplaintPermissions.READ, 301);
    }

    @Bean
    static NavigationItem complaintsOwnNavigation() {
        return new NavigationItem("complaints.nav.mine", "/complaints/mine", ComplaintPermissions.OWN, 302);
    }

    @Bean
    static NavigationItem complaintsNationalNavigation() {
        return new NavigationItem("complaints.nav.national", "/complaints/national", ComplaintPermissions.NATIONAL,
                303);
    }
}
