package be.kompas.complaints.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.Contact;
import be.kompas.complaints.Outcome;

/**
 * The letters to the complainant, from the bundle's templates in the complainant's language. They are stored with
 * the item; Kompas sends no mail.
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
