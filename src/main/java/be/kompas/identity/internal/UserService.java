package be.kompas.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.NewUser;
import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
public class UserService implements UserManagement {

    /** NIST SP 800-63B asks for length, not composition rules. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final RoleRepository roles;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final UserKeyService keys;
    private final Clock clock;

    UserService(UserAccountRepository accounts, RoleRepository roles, ApiTokenRepository tokens,
            PasswordEncoder passwords, UserKeyService keys, Clock clock) {
        this.keys = keys;
        this.accounts = accounts;
        this.roles = roles;
        this.tokens = tokens;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public UUID create(NewUser user) {
        if (user.password().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password too short");
        }
        UUID id = UUID.randomUUID();
        accounts.insert(id, user.organisationId(), user.username().trim(), user.displayName().trim(),
                passwords.encode(user.password()), user.staffMemberId());
        replaceRoles(user.organisationId(), id, user.roles());
        return id;
    }

    public boolean usernameTaken(String username) {
        return accounts.usernameTaken(username.trim());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> find(OrganisationId organisation, UUID userId) {
        return accounts.summary(organisation, userId);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UserSummary> list(OrganisationId organisation, String query, PageRequest page) {
        return accounts.list(organisation, query.trim(), page);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserSummary> withRole(OrganisationId organisation, String role) {
        return accounts.withRole(organisation, role);
    }

    @Override
    public void replaceRoles(OrganisationId organisation, UUID userId, Set<String> roleCodes) {
        if (!roles.codes(organisation).containsAll(roleCodes)) {
            throw new IllegalArgumentException("unknown role");
        }
        accounts.replaceRoles(userId, organisation, roleCodes);
    }

    @Override
    public Optional<String> createKeyPair(UUID userId, String password) {
        var account = accounts.findById(userId).orElseThrow();
        return keys.createKeyPair(account.organisation().id(), userId, password);
    }

    @Override
    public String enableSecondFactor(UUID userId) {
        String secret = Totp.newSecret();
        accounts.storeTotp(userId, secret, true);
        return secret;
    }

    @Override
    public String issueApiToken(UUID userId, String name) {
        String token = ApiTokens.newToken();
        tokens.insert(userId, name.trim(), ApiTokens.hash(token));
        return token;
    }

    public List<ApiToken> liveTokens(UUID userId) {
        return tokens.live(userId);
    }

    public boolean revokeToken(UUID userId, UUID tokenId) {
        return tokens.revoke(userId, tokenId, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean passwordMatches(UUID userId, String password) {
        return passwords.matches(password, accounts.findById(userId).orElseThrow().passwordHash());
    }

    /** Changes one's own password; the current one must be right. */
    public boolean changePassword(UUID userId, String current, String replacement) {
        var account = accounts.findById(userId).orElseThrow();
        if (!passwords.matches(current, account.passwordHash())) {
            return false;
        }
        accounts.updatePassword(userId, passwords.encode(replacement));
        keys.rewrap(userId, current, replacement);
        return true;
    }

    /**
     * An administrator's reset: a new password, the lock lifted. The user's private key stays encrypted under the old
     * password, so the reset opens no encrypted content; the user re-opens it with their recovery key.
     */
    public void resetPassword(OrganisationId organisation, UUID userId, String replacement) {
        accounts.summary(organisation, userId).orElseThrow();
        accounts.updatePassword(userId, passwords.encode(replacement));
        accounts.unlock(userId);
    }

    public void unlock(OrganisationId organisation, UUID userId) {
        accounts.summary(organisation, userId).orElseThrow();
        accounts.unlock(userId);
    }

    public void setEnabled(OrganisationId organisation, UUID userId, boolean enabled) {
        accounts.summary(organisation, userId).orElseThrow();
        accounts.updateEnabled(userId, enabled);
    }

    @Override
    public void changeLocale(UUID userId, Locale locale) {
        accounts.updateLocale(userId, locale);
    }

    @Transactional(readOnly = true)
    public List<OrganisationRole> roles(OrganisationId organisation) {
        return roles.findAll(organisation);
    }

    public void updateRole(OrganisationId organisation, String code, String title, boolean secondFactorRequired,
            Set<String> permissions) {
        roles.update(organisation, code, title.isBlank() ? null : title.trim(), secondFactorRequired, permissions);
    }
}
