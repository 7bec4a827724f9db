package be.kompas.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the organisation's OpenID Connect provider, next to local accounts (which stay for break-glass
 * administrators). The provider itself is Spring Security's client registration {@value #REGISTRATION}
 * ({@code spring.security.oauth2.client.registration.sso.*} and {@code ...provider.sso.issuer-uri}).
 *
 * @param usernameClaim the claim that names the Kompas account
 * @param organisationClaim the claim with the code of the user's organisation; a user without it, or with an unknown
 *     organisation, is refused
 * @param rolesClaim the claim with the user's role codes; when the token has it, it replaces the account's roles at
 *     each sign-in, otherwise the roles are those assigned in Kompas
 */
@ConfigurationProperties("kompas.sso")
record SsoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("kompas_organisation") String organisationClaim,
        @DefaultValue("kompas_roles") String rolesClaim) {

    static final String REGISTRATION = "sso";
}
