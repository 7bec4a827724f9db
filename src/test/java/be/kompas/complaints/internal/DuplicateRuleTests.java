package be.kompas.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintStatus;
import be.kompas.complaints.ComplaintSummary;
import be.kompas.complaints.Contact;

class DuplicateRuleTests {

    @Test
    void matchesTheSameComplainantByEmailOrPhone() {
        assertThat(DuplicateRule.alike(row("A story", null, null, new Contact(null, "X@Example.org", null, null)),
                row("Another story", null, null, new Contact(null, "x@example.org", null, null)))).isTrue();
        assertThat(DuplicateRule.alike(row("A story", null, null, new Contact(null, null, "0470 12 34 56", null)),
                row("Other", null, null, new Contact(null, null, "0470/123456", null)))).isTrue();
    }

    @Test
    void matchesTheSameIncidentOnTheSameDay() {
        var day = LocalDate.of(2026, 3, 1);
        assertThat(DuplicateRule.alike(row("Pushed during the arrest", day, "Sint-Pietersstation Gent", Contact.NONE),
                row("They hit me", day, "Station Sint-Pieters Gent", Contact.NONE))).isFalse();
        assertThat(DuplicateRule.alike(row("Pushed during the arrest", day, "Station Sint-Pieters, Gent", Contact.NONE),
                row("They hit me", day, "Gent Station Sint-Pieters", Contact.NONE))).isTrue();
        assertThat(DuplicateRule.alike(row("Pushed during the arrest", day, "Station Sint-Pieters, Gent", Contact.NONE),
                row("They hit me", day.plusDays(1), "Gent Station Sint-Pieters", Contact.NONE))).isFalse();
    }

    @Test
    void matchesNearlyTheSameStoryAccentsAndCaseAside() {
        assertThat(DuplicateRule.similarity("Le policier était très agressif au contrôle",
                "le policier etait tres agressif au controle")).isEqualTo(1.0);
        assertThat(DuplicateRule.alike(row("Le policier était très agressif au contrôle routier", null, null,
                Contact.NONE), row("Le policier etait tres agressif au controle", null, null, Contact.NONE)))
                .isTrue();
        assertThat(DuplicateRule.similarity(null, "anything")).isZero();
    }

    private static ComplaintRepository.Row row(String description, @Nullable LocalDate occurredOn,
            @Nullable String location, Contact contact) {
        var day = LocalDate.of(2026, 3, 2);
        var summary = new ComplaintSummary(new ComplaintId(UUID.randomUUID()), "DEMO-2026-0001",
                ComplaintKind.COMPLAINT, Channel.EMAIL, ComplaintStatus.RECEIVED, day, null, null, null, day, day, null,
                false, false);
        return new ComplaintRepository.Row(summary, description, occurredOn, null, location, null, contact.isEmpty(),
                contact, "nl", Set.of(), null, null, null, null, null);
    }
}
