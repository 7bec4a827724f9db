package be.kompas.policy;

import java.time.Instant;

/** A progress note on an action. */
public record ActionNote(String text, String writtenBy, Instant writtenAt) {
}
