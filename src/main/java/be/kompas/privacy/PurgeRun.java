package be.kompas.privacy;

import java.time.Instant;

/**
 * One purge of one record type: what the holder removed or anonymised.
 *
 * @param cutOff records whose retention ended before this moment were purged
 * @param failed the holder refused or crashed; nothing of that type was purged in this run
 * @param triggeredBy the DPO who pressed "run now", or {@code system} for the nightly job
 */
public record PurgeRun(String recordType, Instant cutOff, int purged, boolean failed, Instant ranAt,
        String triggeredBy) {
}
