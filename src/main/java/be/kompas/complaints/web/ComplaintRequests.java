package be.kompas.complaints.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.Contact;
import be.kompas.complaints.NewComplaint;
import be.kompas.complaints.Outcome;
import be.kompas.complaints.Route;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the complaints API. */
final class ComplaintRequests {

    private ComplaintRequests() {
    }

    /** How to reach the complainant; all optional. */
    record ContactRequest(@Size(max = 200) @Nullable String name, @Email @Size(max = 200) @Nullable String email,
            @Size(max = 50) @Nullable String phone, @Size(max = 500) @Nullable String address) {

        Contact toContact() {
            return new Contact(name, email, phone, address);
        }
    }

    @Schema(description = "A citizen's item. Without contact details it is anonymous; anonymity cannot be guaranteed"
            + " once internal oversight investigates.")
    record PublicRequest(@NotNull ComplaintKind type, @NotBlank @Size(max = 10_000) String description,
            @Schema(description = "2026-03-01 or 2026-03-01T14:30") @Nullable String occurredAt,
            @Size(max = 500) @Nullable String location,
            @Schema(description = "Names, numbers, vehicle or unit of the staff involved, as known")
            @Size(max = 500) @Nullable String involvedStaff, @Valid @Nullable ContactRequest contact,
            @Nullable Boolean anonymous, @Pattern(regexp = "nl|fr|en") @Nullable String language) {

        NewComplaint toNewComplaint(Channel channel, LocalDate receivedOn, Locale fallback) {
            var when = OccurredAt.parse(occurredAt);
            return new NewComplaint(type, channel, receivedOn, description, when.date(), when.time(), location,
                    involvedStaff, contact == null ? Contact.NONE : contact.toContact(), Boolean.TRUE.equals(anonymous),
                    language == null ? fallback : Locale.forLanguageTag(language));
        }
    }

    /** An item a staff member registers from another channel. */
    record IntakeRequest(@NotNull ComplaintKind type, @NotNull Channel channel, @NotNull LocalDate receivedOn,
            @NotBlank @Size(max = 10_000) String description, @Nullable String occurredAt,
            @Size(max = 500) @Nullable String location, @Size(max = 500) @Nullable String involvedStaff,
            @Valid @Nullable ContactRequest contact, @Nullable Boolean anonymous,
            @Pattern(regexp = "nl|fr|en") @Nullable String language) {

        NewComplaint toNewComplaint(Locale fallback) {
            return new PublicRequest(type, description, occurredAt, location, involvedStaff, contact, anonymous,
                    language).toNewComplaint(channel, receivedOn, fallback);
        }
    }

    /** A fact code such as {@code 2.5}, or none, and the tags. */
    record ClassificationRequest(@Nullable String factCode, @Nullable Set<ComplaintTag> tags) {
    }

    /** A staff member by id or personnel number, or a unit when the staff are not known. */
    record InvolveRequest(@Nullable UUID staffId, @Nullable String personnelNumber, @Nullable UUID unitId) {
    }

    record RouteRequest(@NotNull Route route, @Size(max = 2000) @Nullable String note) {
    }

    @Schema(description = "Closes the item; without an answer the template for the outcome is sent as drafted.")
    record ClosureRequest(@NotNull Outcome outcome, @Size(max = 10_000) @Nullable String answer,
            @Schema(description = "The day the answer went out, when recorded later; today by default")
            @Nullable LocalDate closedOn) {
    }

    record ServiceLevelRequest(@NotNull Integer acknowledgeDays, @NotNull Integer answerDays) {
    }
}
