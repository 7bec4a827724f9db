package oidc;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for tests (Spring Authorization Server with Spring Boot's defaults), outside Kompas'
 * packages so that Kompas never scans it. Its users and the claims it puts in their ID tokens are fixed below; every
 * password is {@value #PASSWORD}. Spring Boot's defaults include OpenID Connect, and with it the end-session endpoint
 * ({@code /connect/logout}) that Kompas' logout calls.
 */
@SpringBootConfiguration
// No database: the provider keeps its users, clients and authorizations in memory.
@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class, excludeName = {
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration" })
public class TestIdentityProvider {

    public static final String PASSWORD = "provider-password";
    public static final String CLIENT_SECRET = "kompas-client-secret";

    /** Per user: the claims, as an organisation's directory would send them. */
    private static final Map<String, Map<String, Object>> CLAIMS = Map.of(
            "sso.anna", Map.of("kompas_organisation", "demo", "kompas_roles", List.of("INTEGRITY_COORDINATOR",
                    "NO_SUCH_ROLE"), "name", "Anna Provider"),
            "sso.bert", Map.of("kompas_organisation", "demo"),
            "sso.mallory", Map.of("kompas_organisation", "nowhere"));

    /** Starts the provider on 127.0.0.1, a host other than Kompas' localhost, so that their cookies stay apart. */
    public static ConfigurableApplicationContext start(int port, String kompasBaseUrl) {
        String client = "spring.security.oauth2.authorizationserver.client.kompas.";
        return new SpringApplicationBuilder(TestIdentityProvider.class).properties(
                // Not Kompas' application.properties.
                "spring.config.name=test-identity-provider", "server.port=" + port, "server.address=127.0.0.1",
                "spring.main.banner-mode=off", "logging.level.root=WARN",
                "spring.security.oauth2.authorizationserver.issuer=http://127.0.0.1:" + port,
                client + "registration.client-id=kompas",
                client + "registration.client-secret={noop}" + CLIENT_SECRET,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                client + "registration.redirect-uris=" + kompasBaseUrl + "/login/oauth2/code/sso",
                client + "registration.scopes=openid,profile",
                // Where the provider may send the browser back after ending its session (RP-initiated logout).
                client + "registration.post-logout-redirect-uris=" + kompasBaseUrl + "/login?logout",
                client + "require-authorization-consent=false").run();
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(CLAIMS.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()).toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> kompasClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String username = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", username);
                CLAIMS.get(username).forEach(context.getClaims()::claim);
            }
        };
    }
}
