package be.kompas.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.tenancy.OrganisationId;

@Repository
class UserKeyRepository {

    record StoredKey(UUID userId, byte[] publicKey, byte[] passwordSalt, byte[] privateKeyByPassword,
            byte[] recoverySalt, byte[] privateKeyByRecovery) {
    }

    private final JdbcClient jdbc;

    UserKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredKey> find(UUID userId) {
        return jdbc.sql("""
                select user_id, public_key, password_salt, private_key_by_password, recovery_salt,
                       private_key_by_recovery
                  from user_key where user_id = ?""").param(userId)
                .query((rs, row) -> new StoredKey(rs.getObject("user_id", UUID.class), rs.getBytes("public_key"),
                        rs.getBytes("password_salt"), rs.getBytes("private_key_by_password"),
                        rs.getBytes("recovery_salt"), rs.getBytes("private_key_by_recovery")))
                .optional();
    }

    Optional<byte[]> publicKey(OrganisationId organisation, UUID userId) {
        return jdbc.sql("select public_key from user_key where organisation_id = ? and user_id = ?")
                .params(organisation.value(), userId).query(byte[].class).optional();
    }

    /** Inserts the key pair unless one exists already (two first logins at once); true if this one was stored. */
    boolean insert(OrganisationId organisation, StoredKey key) {
        return jdbc.sql("""
                insert into user_key (user_id, organisation_id, public_key, password_salt, private_key_by_password,
                                      recovery_salt, private_key_by_recovery)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (user_id) do nothing""")
                .params(key.userId(), organisation.value(), key.publicKey(), key.passwordSalt(),
                        key.privateKeyByPassword(), key.recoverySalt(), key.privateKeyByRecovery())
                .update() == 1;
    }

    void delete(UUID userId) {
        jdbc.sql("delete from user_key where user_id = ?").param(userId).update();
    }

    void updatePasswordWrap(UUID userId, byte[] salt, byte[] privateKeyByPassword) {
        jdbc.sql("update user_key set password_salt = ?, private_key_by_password = ? where user_id = ?")
                .params(salt, privateKeyByPassword, userId).update();
    }
}
