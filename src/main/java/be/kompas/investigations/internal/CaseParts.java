package be.kompas.investigations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.investigations.Recipient;

/** The parts of a case besides its main row, as pages show them. */
public final class CaseParts {

    private CaseParts() {
    }

    /** A staff member the case concerns; {@code performanceManager} runs a performance process with them. */
    public record Concerned(UUID id, @Nullable UUID staffId, @Nullable String name, @Nullable String personnelNumber,
            @Nullable UUID unitId, @Nullable String unitName, @Nullable UUID performanceManager) {
    }

    public record Assignment(UUID userId, String username, String displayName, Instant assignedAt) {
    }

    /** A step: announcement, hearing (verbatim report, representative, signature), advice, line settlement, ... */
    public record Step(UUID id, String kind, LocalDate occurredOn, @Nullable UUID staffId, @Nullable String text,
            @Nullable String representative, @Nullable Instant signedAt, String recordedBy, Instant recordedAt) {

        public boolean signable() {
            return "HEARING".equals(kind) && signedAt == null;
        }
    }

    public record Document(UUID id, String name, int version, String contentType, String sha256, String uploadedBy,
            Instant uploadedAt, int size) {
    }

    public record Measure(UUID id, String code, String category, @Nullable UUID staffId, LocalDate startsOn,
            @Nullable LocalDate endsOn, @Nullable String note) {
    }

    public record Duty(UUID id, Recipient recipient, String subject, @Nullable LocalDate dueOn,
            @Nullable LocalDate sentOn, @Nullable String sentBy, @Nullable String recipientName) {
    }

    public record Sanction(String code, String category) {
    }

    /** The one extension of the 20-week investigation term (domain.md 6.1): 1 to 4 weeks, with the reason. */
    public record Extension(int weeks, String reason, LocalDate on, String by) {
    }
}
