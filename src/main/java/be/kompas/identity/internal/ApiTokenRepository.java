package be.kompas.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, String name, String tokenHash) {
        jdbc.sql("insert into api_token (id, user_id, name, token_hash) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), userId, name, tokenHash).update();
    }

    /** The owner of a live token, marking it used. */
    Optional<UUID> useToken(String tokenHash, Instant now) {
        return jdbc.sql("""
                update api_token set last_used_at = ? where token_hash = ? and revoked_at is null
                returning user_id""").params(Timestamp.from(now), tokenHash).query(UUID.class).optional();
    }

    List<ApiToken> live(UUID userId) {
        return jdbc.sql("""
                select id, name, created_at, last_used_at from api_token
                 where user_id = ? and revoked_at is null order by created_at desc""").param(userId)
                .query((rs, row) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
                .list();
    }

    boolean revoke(UUID userId, UUID tokenId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(now), tokenId, userId).update() == 1;
    }
}
