package be.kompas.identity.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import be.kompas.core.crypto.SessionSecrets;
import be.kompas.identity.AccessRefused;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Permissions;

/**
 * Deny by default: every path needs a completed login, except the few public ones listed here (sign-in, static
 * assets, health, the API description and the anonymous public channels).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_WEB_PATHS = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/public/**" };

    /** The login page, after logging out (for single sign-on users: after the provider ended its session too). */
    static final String LOGGED_OUT = "/login?logout";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action %s;"
            + " frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static final String SELF = "'self'";

    /** The servlet container's session cookie (sessions in memory), unless named otherwise in the settings. */
    static final String CONTAINER_SESSION_COOKIE = "JSESSIONID";

    /** Spring Session's cookie (sessions in the database, {@code kompas.sessions.jdbc=true}) unless configured. */
    static final String SPRING_SESSION_COOKIE = "SESSION";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens, UserAccountRepository accounts,
            ApplicationEventPublisher events, Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().hasAuthority(Permissions.LOGIN_COMPLETE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are not sent by browsers on their own, so cross-site forgery does not apply here.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, events, clock),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
                                HttpStatus.UNAUTHORIZED, "Send a personal API token as 'Authorization: Bearer ...'."))
                        .accessDeniedHandler(refusal(events, (request, response) -> ProblemResponses.write(response,
                                HttpStatus.FORBIDDEN, "Your roles do not allow this."))));
        return headers(http, SELF).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, SecondFactorSuccessHandler successHandler,
            ApplicationEventPublisher events, SecurityContextRepository contexts,
            ObjectProvider<SingleSignOn> singleSignOn, SessionSecrets sessionSecrets,
            @Value("${server.servlet.session.cookie.name:" + CONTAINER_SESSION_COOKIE + "}") String sessionCookie)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PUBLIC_WEB_PATHS).permitAll()
                .requestMatchers("/login/second-factor", "/login/second-factor/**")
                .hasAuthority(Permissions.SECOND_FACTOR_PENDING)
                .anyRequest().hasAuthority(Permissions.LOGIN_COMPLETE))
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.loginPage("/login").successHandler(successHandler)
                        .failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGGED_OUT).deleteCookies(sessionCookies(sessionCookie))
                        // The browser forgets the key that opened this session's sealed keys.
                        .addLogoutHandler((request, response, authentication) -> sessionSecrets.clear(request,
                                response)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .requestCache(Customizer.withDefaults())
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) -> {
                    if (secondFactorPending()) {
                        response.sendRedirect(request.getContextPath() + "/login/second-factor");
                        return;
                    }
                    refusal(events, (req, res) -> res.sendError(HttpStatus.FORBIDDEN.value()))
                            .handle(request, response, e);
                }));
        SingleSignOn sso = singleSignOn.getIfAvailable();
        String formActions = SELF;
        if (sso != null) {
            sso.configure(http, contexts, LOGGED_OUT);
            formActions = sso.logoutOrigin().map(origin -> SELF + " " + origin).orElse(SELF);
        }
        return headers(http, formActions).build();
    }

    /** @param formActions where forms may send the browser, also by a redirect (the provider's logout) */
    private static HttpSecurity headers(HttpSecurity http, String formActions) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY.formatted(formActions)))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
    }

    /**
     * The cookies that may carry the session id, all expired at logout: the configured name (sessions in memory; Spring
     * Session may take it over from the servlet context), the container's default and Spring Session's default for
     * sessions in the database. Expiring a cookie the browser does not hold does no harm.
     */
    static String[] sessionCookies(String configured) {
        return java.util.stream.Stream.of(configured, CONTAINER_SESSION_COOKIE, SPRING_SESSION_COOKIE).distinct()
                .toArray(String[]::new);
    }

    private static boolean secondFactorPending() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Permissions.SECOND_FACTOR_PENDING.equals(a.getAuthority()));
    }

    @FunctionalInterface
    interface RefusalResponse {
        void send(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
                throws java.io.IOException, jakarta.servlet.ServletException;
    }

    /** Every refusal goes to the audit trail before the caller is answered. */
    private static AccessDeniedHandler refusal(ApplicationEventPublisher events, RefusalResponse answer) {
        return (request, response, exception) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
                var organisation = authentication.getPrincipal() instanceof KompasUser user
                        ? user.organisationId() : null;
                events.publishEvent(new AccessRefused(authentication.getName(), organisation, request.getMethod(),
                        request.getRequestURI()));
            }
            answer.send(request, response);
        };
    }
}
