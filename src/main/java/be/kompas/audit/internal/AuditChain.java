package be.kompas.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * The canonical form of an entry and its SHA-256. Fields are length-prefixed, so that no choice of values can make
 * two different entries read the same.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(long seq, Instant occurredAt, @Nullable OrganisationId organisation, String actor,
            String action, @Nullable String recordType, @Nullable String recordId, @Nullable String subject,
            @Nullable String details, String previousHash) {
        String canonical = Stream.of(Long.toString(seq), occurredAt.toString(),
                organisation == null ? null : organisation.toString(), actor, action, recordType, recordId, subject,
                details, previousHash).map(AuditChain::field).collect(Collectors.joining());
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String field(@Nullable String value) {
        return value == null ? "-;" : value.length() + ":" + value + ";";
    }
}
