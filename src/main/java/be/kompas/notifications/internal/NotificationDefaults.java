package be.kompas.notifications.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;

@Configuration(proxyBeanMethods = false)
class NotificationDefaults {

    /** Every signed-in user has an inbox, right after the home page. */
    @Bean
    NavigationItem inboxNavigation() {
        return new NavigationItem("notifications.nav", "/inbox", null, 1);
    }
}
