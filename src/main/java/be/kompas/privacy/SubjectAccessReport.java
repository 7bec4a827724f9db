package be.kompas.privacy;

import java.time.Instant;
import java.util.List;

/** Everything Kompas holds about one person, grouped by record type, as a subject-access request answers it. */
public record SubjectAccessReport(String person, Instant generatedAt, List<RecordGroup> groups) {

    /** The records of one type; types without records are left out. */
    public record RecordGroup(String recordType, String labelKey, String module, List<PersonalRecord> records) {
    }

    public int recordCount() {
        return groups.stream().mapToInt(group -> group.records().size()).sum();
    }
}
