package be.kompas;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Web sessions in the database ({@code kompas.sessions.jdbc=true}), so that several instances behind a load balancer
 * share them and none needs sticky sessions. Off by default: one instance keeps its sessions in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "kompas.sessions.jdbc", havingValue = "true")
@EnableJdbcHttpSession
class JdbcSessionConfiguration {

    /** The same idle timeout as sessions in memory. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }
}
