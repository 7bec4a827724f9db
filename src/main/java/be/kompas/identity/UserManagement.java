package be.kompas.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;

/** Accounts of an organisation: creation, roles, second factor and tokens. */
public interface UserManagement {

    UUID create(NewUser user);

    Optional<UserSummary> find(OrganisationId organisation, UUID userId);

    Page<UserSummary> list(OrganisationId organisation, String query, PageRequest page);

    /** Usernames of the organisation's users who hold a role, e.g. to pick a coach or an investigator. */
    List<UserSummary> withRole(OrganisationId organisation, String role);

    void replaceRoles(OrganisationId organisation, UUID userId, Set<String> roles);

    /**
     * Makes the user's encryption key pair now rather than at their first login (demo data).
     *
     * @return the recovery key, to be shown to the user once; empty if they had a key pair already
     */
    Optional<String> createKeyPair(UUID userId, String password);

    /** Turns on the second factor with a new secret, returned for the user's authenticator (demo data). */
    String enableSecondFactor(UUID userId);

    /** Saves the user's language, used for their pages and for what Kompas sends them. */
    void changeLocale(UUID userId, java.util.Locale locale);

    /** Issues a personal API token; the plain token is returned once and only its hash is kept. */
    String issueApiToken(UUID userId, String name);
}
