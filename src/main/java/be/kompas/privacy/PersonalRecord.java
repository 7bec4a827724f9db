package be.kompas.privacy;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One record about a person, as a subject-access request lists and exports it.
 *
 * @param fields the record's personal data, label to value, in a stable order
 */
public record PersonalRecord(String recordType, String recordId, String summary, @Nullable LocalDate date,
        Map<String, String> fields) {
}
