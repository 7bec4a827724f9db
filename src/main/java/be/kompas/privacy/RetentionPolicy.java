package be.kompas.privacy;

import java.time.Instant;

/** The retention the DPO set for one record type of an organisation, and who set it when. */
public record RetentionPolicy(String recordType, RetentionPeriod period, String setBy, Instant setAt) {
}
