package be.kompas.identity;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in user's private key, opened with their password (or encryption passphrase) and kept for their HTTP
 * session only sealed, under a key that lives in their browser alone ({@code core.crypto.SessionSecrets}, docs/adr/0007):
 * neither in-memory nor database-stored sessions ever hold it in clear, and it is never printed. Get it with
 * {@link UserKeys#unlocked()}. API tokens have no session, so they never unlock anything.
 */
public final class UnlockedKeys {

    /** Name under which the session keeps the sealed keys. */
    public static final String SESSION_SECRET = UnlockedKeys.class.getName();

    private static final int UUID_BYTES = 16;

    private final UUID userId;
    private final byte[] privateKey;

    public UnlockedKeys(UUID userId, byte[] privateKey) {
        this.userId = userId;
        this.privateKey = privateKey.clone();
    }

    public UUID userId() {
        return userId;
    }

    public byte[] privateKey() {
        return privateKey.clone();
    }

    /** The form that is sealed into the session: user id, then private key. */
    public byte[] toBytes() {
        return ByteBuffer.allocate(UUID_BYTES + privateKey.length).putLong(userId.getMostSignificantBits())
                .putLong(userId.getLeastSignificantBits()).put(privateKey).array();
    }

    public static Optional<UnlockedKeys> fromBytes(byte[] bytes) {
        if (bytes.length <= UUID_BYTES) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(bytes);
        var userId = new UUID(buffer.getLong(), buffer.getLong());
        return Optional.of(new UnlockedKeys(userId, Arrays.copyOfRange(bytes, UUID_BYTES, bytes.length)));
    }

    @Override
    public String toString() {
        return "UnlockedKeys[" + userId + "]";
    }
}
