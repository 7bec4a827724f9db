package be.kompas.identity.internal;

import java.io.Serializable;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.identity.LoginFailed;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.Organisations;

/**
 * OpenID Connect sign-in ({@code kompas.sso.enabled=true}). The provider vouches for the person; Kompas decides what
 * they may do: the organisation comes from a claim, the roles from a claim or from Kompas. A first sign-in creates the
 * account, without a usable password. Afterwards the user is signed in exactly like after a local login (the same
 * principal, permissions and audit events); the provider's own second factor stands in for Kompas' TOTP. Logging out
 * of Kompas after such a sign-in ends the session at the provider too (OpenID Connect RP-initiated logout), so that
 * the next person at the same browser has to sign in at the provider again.
 */
@Component
@ConditionalOnProperty(name = "kompas.sso.enabled", havingValue = "true")
@EnableConfigurationProperties(SsoSettings.class)
class SingleSignOn {

    private static final String REFUSED = "kompas_refused";

    private final SsoSettings settings;
    private final UserAccountRepository accounts;
    private final RoleRepository roles;
    private final Organisations organisations;
    private final LoginOutcomes outcomes;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ClientRegistrationRepository registrations;
    private final OidcUserService provider = new OidcUserService();
    private final SecureRandom random = new SecureRandom();

    SingleSignOn(SsoSettings settings, UserAccountRepository accounts, RoleRepository roles,
            Organisations organisations, LoginOutcomes outcomes, PasswordEncoder passwords,
            ApplicationEventPublisher events, TransactionTemplate transactions,
            ClientRegistrationRepository registrations) {
        this.settings = settings;
        this.accounts = accounts;
        this.roles = roles;
        this.organisations = organisations;
        this.outcomes = outcomes;
        this.passwords = passwords;
        this.events = events;
        this.transactions = transactions;
        this.registrations = registrations;
    }

    /**
     * Adds the provider's sign-in to the web chain; a refusal lands on the login page's error. Logout goes through
     * the provider for users who signed in there, and straight to {@code localLogout} for local accounts.
     */
    void configure(HttpSecurity http, SecurityContextRepository contexts, String localLogout) throws Exception {
        var continuation = new SavedRequestAwareAuthenticationSuccessHandler();
        http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                .successHandler((request, response, authentication) -> {
                    var account = accounts.findByUsername(authentication.getName()).orElseThrow();
                    AbstractAuthenticationToken kompasLogin = outcomes.succeeded(account);
                    OidcUser atProvider = (OidcUser) authentication.getPrincipal();
                    kompasLogin.setDetails(new ProviderSession(atProvider.getIdToken()));
                    var signedIn = new SecurityContextImpl(kompasLogin);
                    SecurityContextHolder.setContext(signedIn);
                    contexts.saveContext(signedIn, request, response);
                    continuation.onAuthenticationSuccess(request, response, signedIn.getAuthentication());
                })
                .failureUrl("/login?refused"));
        http.logout(logout -> logout.logoutSuccessHandler(logoutSuccess(localLogout)));
    }

    /**
     * The origin of the provider's end-session endpoint, if it has one: the logout form's answer redirects there, so
     * the Content Security Policy's {@code form-action} must allow it (browsers check it on redirects too).
     */
    Optional<String> logoutOrigin() {
        return endSessionEndpoint().map(URI::create).map(uri -> uri.getScheme() + "://" + uri.getRawAuthority());
    }

    private Optional<String> endSessionEndpoint() {
        var registration = registrations.findByRegistrationId(SsoSettings.REGISTRATION);
        return Optional.ofNullable(registration)
                .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(Object::toString);
    }

    /**
     * Spring Security's RP-initiated logout, fed with the ID token kept at sign-in: it sends the browser to the
     * provider's end-session endpoint, which ends the provider's session and sends it back to the login page. Local
     * accounts (no ID token) and providers without an end-session endpoint go to the login page directly.
     */
    private LogoutSuccessHandler logoutSuccess(String localLogout) {
        var atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        atProvider.setPostLogoutRedirectUri("{baseUrl}" + localLogout);
        atProvider.setDefaultTargetUrl(localLogout);
        return (request, response, authentication) -> atProvider.onLogoutSuccess(request, response,
                asProviderLogin(authentication));
    }

    private static @Nullable Authentication asProviderLogin(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof ProviderSession session) {
            return new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), session.idToken()),
                    authentication.getAuthorities(), SsoSettings.REGISTRATION);
        }
        return authentication;
    }

    /** Kept with a Kompas login that the provider vouched for (in the session, so serializable). */
    record ProviderSession(OidcIdToken idToken) implements Serializable {
    }

    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String username = claim(user, settings.usernameClaim())
                .orElseThrow(() -> refuse(user.getSubject(), null, "sso-no-username"));
        Organisation organisation = claim(user, settings.organisationClaim()).flatMap(organisations::findByCode)
                .orElseThrow(() -> refuse(username, null, "sso-no-organisation"));
        transactions.executeWithoutResult(status -> provision(user, username, organisation));
        return new DefaultOidcUser(List.of(), user.getIdToken(), user.getUserInfo(), settings.usernameClaim());
    }

    private void provision(OidcUser user, String username, Organisation organisation) {
        var existing = accounts.findByUsername(username);
        if (existing.isPresent() && !existing.get().organisation().id().equals(organisation.id())) {
            throw refuse(username, organisation, "sso-other-organisation");
        }
        if (existing.isPresent() && !existing.get().enabled()) {
            throw refuse(username, organisation, "disabled");
        }
        UUID id = existing.map(UserAccount::id).orElseGet(UUID::randomUUID);
        if (existing.isEmpty()) {
            String name = Optional.ofNullable(user.getFullName()).orElse(username);
            accounts.insert(id, organisation.id(), username, name, unusablePassword(), null);
        }
        var claimed = user.getClaimAsStringList(settings.rolesClaim());
        if (claimed != null) {
            Set<String> granted = new HashSet<>(claimed);
            granted.retainAll(roles.codes(organisation.id()));
            accounts.replaceRoles(id, organisation.id(), granted);
        }
    }

    /** Nobody knows it: such an account signs in through the provider only, until an administrator sets one. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return passwords.encode(Base64.getEncoder().encodeToString(secret));
    }

    private static Optional<String> claim(OidcUser user, String name) {
        return Optional.ofNullable(user.getClaimAsString(name)).filter(value -> !value.isBlank());
    }

    private OAuth2AuthenticationException refuse(String username, @Nullable Organisation organisation, String reason) {
        events.publishEvent(new LoginFailed(username, organisation == null ? null : organisation.id(), reason));
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, "Refused: " + reason, null));
    }
}
