package be.kompas.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import be.kompas.tenancy.OrganisationId;

/** Two modules' worth of personal data, standing in for the real modules in the privacy tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestHolders {

    public static final String PERSON = "Jansen";

    /** A purge the privacy module asked for. */
    public record PurgeCall(OrganisationId organisation, String recordType, Instant cutOff) {
    }

    /** Notes (purgeable) and evidence (kept); remembers every purge it was asked to do. */
    public static class NotesHolder implements PersonalDataHolder {

        public final List<PurgeCall> purges = new CopyOnWriteArrayList<>();

        @Override
        public List<PersonalRecordType> recordTypes() {
            return List.of(new PersonalRecordType("test.note", "privacy.type.audit.entry", true),
                    new PersonalRecordType("test.evidence", "privacy.type.audit.entry", false));
        }

        @Override
        public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
            if (!matches(person)) {
                return List.of();
            }
            return List.of(new PersonalRecord("test.note", "n-1", "Note about Jansen", LocalDate.of(2026, 3, 1),
                    Map.of("text", "Said \"hello\", then left; Ærø café")),
                    new PersonalRecord("test.evidence", "e-1", "=HYPERLINK(\"x\")", null, Map.of("kind", "-42")));
        }

        @Override
        public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
            purges.add(new PurgeCall(organisation, recordType, cutOff));
            return 3;
        }
    }

    /** Badges, purgeable, in another module. */
    public static class BadgesHolder implements PersonalDataHolder {

        @Override
        public List<PersonalRecordType> recordTypes() {
            return List.of(new PersonalRecordType("badges.badge", "privacy.type.audit.entry", true));
        }

        @Override
        public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
            return matches(person) ? List.of(new PersonalRecord("badges.badge", "b-7", "Badge 7", null,
                    Map.of("number", "7"))) : List.of();
        }

        @Override
        public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
            return 0;
        }
    }

    private static boolean matches(String person) {
        return PERSON.toLowerCase(Locale.ROOT).contains(person.toLowerCase(Locale.ROOT));
    }

    @Bean
    NotesHolder notesHolder() {
        return new NotesHolder();
    }

    @Bean
    BadgesHolder badgesHolder() {
        return new BadgesHolder();
    }
}
