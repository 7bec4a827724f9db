package be.kompas.complaints.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.Contact;
import be.kompas.complaints.DutyRecipient;
import be.kompas.complaints.InformationDuty;
import be.kompas.complaints.InvolvedStaff;
import be.kompas.complaints.Outcome;

/**
 * The letters to the complainant, in the complainant's language, and the messages of the information duties, in the
 * recipient's, from the bundle's templates. They are stored with the item; Kompas sends no mail.
 */
@Component
class Letters {

    private final MessageSource messages;

    Letters(MessageSource messages) {
        this.messages = messages;
    }

    String acknowledgement(Locale language, String organisation, String reference, ComplaintKind kind,
            Contact contact, LocalDate receivedOn, LocalDate answerDue) {
        String body = text(language, kind.isComplaint() ? "complaints.letter.ack.complaint"
                : "complaints.letter.ack.other", reference, date(receivedOn, language), date(answerDue, language));
        return letter(language, organisation, contact, body);
    }

    /** The reasoned answer for an outcome, ending with where to turn next when the complainant is not satisfied. */
    String answer(Locale language, String organisation, String reference, Contact contact, LocalDate receivedOn,
            Outcome outcome) {
        String body = text(language, "complaints.letter.answer." + outcome.name(), reference,
                date(receivedOn, language));
        if (outcome.fitsComplaints()) {
            body += "\n\n" + text(language, "complaints.letter.nextSteps");
        }
        return letter(language, organisation, contact, body);
    }

    /**
     * The message of an information duty (domain.md 1.4), from {@code complaints.duty.text.<occasion>.<audience>}.
     * Messages to Comité P and the AIG name no staff member: they give the fact code, the units concerned and how
     * many staff members are involved.
     */
    String information(Locale language, String organisation, ComplaintRepository.Row complaint,
            InformationDuty duty, List<InvolvedStaff> involved) {
        var summary = complaint.summary();
        String audience = duty.recipient().isControlBody() ? "control"
                : duty.recipient() == DutyRecipient.SERVICE_CONCERNED ? "service" : "staff";
        String fact = summary.factCode() == null ? text(language, "complaints.unclassified")
                : summary.factCode() + " " + text(language, "complaints.fact." + summary.factCode());
        String outcome = summary.outcome() == null ? "-" : text(language, "complaints.outcome." + summary.outcome());
        String route = summary.route() == null ? "-" : text(language, "complaints.route." + summary.route());
        String units = involved.stream().map(InvolvedStaff::unitName).filter(Objects::nonNull).distinct().sorted()
                .collect(Collectors.joining(", "));
        long staff = involved.stream().filter(i -> i.staffId() != null || i.name() != null).count();
        String body = text(language, "complaints.duty.text." + duty.occasion() + "." + audience, summary.reference(),
                date(summary.receivedOn(), language), fact, outcome, route, units.isEmpty() ? "-" : units, staff,
                text(language, "complaints.channel." + summary.channel()));
        String greeting = text(language, "complaints.duty.greeting." + duty.recipient(),
                duty.recipientName() == null ? "" : duty.recipientName());
        return greeting + "\n\n" + body + "\n\n" + text(language, "complaints.letter.closing", organisation);
    }

    private String letter(Locale language, String organisation, Contact contact, String body) {
        String greeting = contact.name() == null ? text(language, "complaints.letter.greeting.anonymous")
                : text(language, "complaints.letter.greeting", contact.name());
        return greeting + "\n\n" + body + "\n\n" + text(language, "complaints.letter.closing", organisation);
    }

    private String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static String date(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
    }
}
