package be.kompas.privacy;

import org.jspecify.annotations.Nullable;

/**
 * A record type as the DPO's page shows it.
 *
 * @param module the module that holds the records, the first part of the type's code
 * @param policy the current retention, {@code null} while retention is not set
 * @param lastRun the latest purge of this type in the organisation, if any
 */
public record RecordTypeOverview(PersonalRecordType type, String module, @Nullable RetentionPolicy policy,
        @Nullable PurgeRun lastRun) {
}
