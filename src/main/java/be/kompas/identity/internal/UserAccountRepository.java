package be.kompas.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.UserSummary;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@Repository
class UserAccountRepository {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    UserAccountRepository(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    Optional<UserAccount> findByUsername(String username) {
        return find("u.username = ?", username);
    }

    Optional<UserAccount> findById(UUID id) {
        return find("u.id = ?", id);
    }

    private Optional<UserAccount> find(String condition, Object value) {
        return jdbc.sql("""
                select u.*,
                       coalesce(array_agg(distinct r.code) filter (where r.code is not null), '{}') as role_codes,
                       coalesce(array_agg(distinct p.permission) filter (where p.permission is not null), '{}')
                           as permission_codes,
                       coalesce(bool_or(r.mfa_required), false) as mfa_required
                  from app_user u
                  left join user_role ur on ur.user_id = u.id
                  left join role r on r.id = ur.role_id
                  left join role_permission p on p.role_id = r.id
                 where %s
                 group by u.id
                """.formatted(condition)).param(value).query(this::map).optional();
    }

    private UserAccount map(ResultSet rs, int row) throws SQLException {
        String locale = rs.getString("locale");
        long lastStep = rs.getLong("totp_last_step");
        return new UserAccount(rs.getObject("id", UUID.class),
                organisations.get(new OrganisationId(rs.getObject("organisation_id", UUID.class))),
                rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                locale == null ? null : Locale.forLanguageTag(locale), rs.getString("totp_secret"),
                rs.getBoolean("totp_enabled"), rs.wasNull() ? null : lastStep, rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("locked_until")), rs.getObject("staff_member_id", UUID.class),
                rs.getBoolean("enabled"), strings(rs, "role_codes"), strings(rs, "permission_codes"),
                rs.getBoolean("mfa_required"));
    }

    void insert(UUID id, OrganisationId organisation, String username, String displayName, String passwordHash,
            @Nullable UUID staffMemberId) {
        jdbc.sql("""
                insert into app_user (id, organisation_id, username, display_name, password_hash, staff_member_id)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, organisation.value(), username, displayName, passwordHash, staffMemberId).update();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    void replaceRoles(UUID userId, OrganisationId organisation, Set<String> roleCodes) {
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        jdbc.sql("""
                insert into user_role (user_id, role_id)
                select ?, id from role where organisation_id = ? and code = any (?)""")
                .params(userId, organisation.value(), roleCodes.toArray(String[]::new)).update();
    }

    void recordFailure(UUID userId, int failedAttempts, @Nullable Instant lockedUntil) {
        jdbc.sql("update app_user set failed_attempts = ?, locked_until = ? where id = ?")
                .params(failedAttempts, lockedUntil == null ? null : Timestamp.from(lockedUntil), userId).update();
    }

    void recordSuccess(UUID userId, Instant at) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = ? where id = ?")
                .params(Timestamp.from(at), userId).update();
    }

    void unlock(UUID userId) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = ?").param(userId).update();
    }

    void updatePassword(UUID userId, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwordHash, userId).update();
    }

    void updateLocale(UUID userId, Locale locale) {
        jdbc.sql("update app_user set locale = ? where id = ?").params(locale.toLanguageTag(), userId).update();
    }

    void updateEnabled(UUID userId, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update();
    }

    void storeTotp(UUID userId, @Nullable String secret, boolean enabled) {
        jdbc.sql("update app_user set totp_secret = ?, totp_enabled = ?, totp_last_step = null where id = ?")
                .params(secret, enabled, userId).update();
    }

    /** Records the time step of an accepted code, only if it is newer, so that a code cannot be used twice. */
    boolean claimTotpStep(UUID userId, long step) {
        return jdbc.sql("""
                update app_user set totp_last_step = ?
                 where id = ? and (totp_last_step is null or totp_last_step < ?)""")
                .params(step, userId, step).update() == 1;
    }

    Page<UserSummary> list(OrganisationId organisation, String query, PageRequest page) {
        String pattern = "%" + query.toLowerCase(Locale.ROOT) + "%";
        long total = jdbc.sql("""
                select count(*) from app_user
                 where organisation_id = ? and (lower(username) like ? or lower(display_name) like ?)""")
                .params(organisation.value(), pattern, pattern).query(Long.class).single();
        List<UserSummary> content = jdbc.sql(SUMMARY + """
                 where u.organisation_id = ? and (lower(u.username) like ? or lower(u.display_name) like ?)
                 group by u.id order by u.display_name, u.username limit ? offset ?""")
                .params(organisation.value(), pattern, pattern, page.size(), page.offset())
                .query(UserAccountRepository::summary).list();
        return new Page<>(content, page, total);
    }

    Optional<UserSummary> summary(OrganisationId organisation, UUID userId) {
        return jdbc.sql(SUMMARY + " where u.organisation_id = ? and u.id = ? group by u.id")
                .params(organisation.value(), userId).query(UserAccountRepository::summary).optional();
    }

    List<UserSummary> withRole(OrganisationId organisation, String role) {
        return jdbc.sql(SUMMARY + """
                 where u.organisation_id = ? and u.enabled
                   and exists (select 1 from user_role x join role y on y.id = x.role_id
                                where x.user_id = u.id and y.code = ?)
                 group by u.id order by u.display_name""")
                .params(organisation.value(), role).query(UserAccountRepository::summary).list();
    }

    private static final String SUMMARY = """
            select u.id, u.username, u.display_name, u.enabled, u.totp_enabled, u.locked_until, u.last_login_at,
                   u.staff_member_id,
                   coalesce(array_agg(r.code order by r.code) filter (where r.code is not null), '{}') as role_codes
              from app_user u
              left join user_role ur on ur.user_id = u.id
              left join role r on r.id = ur.role_id
            """;

    private static UserSummary summary(ResultSet rs, int row) throws SQLException {
        return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), List.copyOf(strings(rs, "role_codes")), rs.getBoolean("enabled"),
                rs.getBoolean("totp_enabled"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")), rs.getObject("staff_member_id", UUID.class));
    }

    private static Set<String> strings(ResultSet rs, String column) throws SQLException {
        String[] values = (String[]) rs.getArray(column).getArray();
        return new java.util.TreeSet<>(new HashSet<>(List.of(values)));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
