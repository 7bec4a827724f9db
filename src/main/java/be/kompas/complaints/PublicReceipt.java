package be.kompas.complaints;

import org.jspecify.annotations.Nullable;

/**
 * What a citizen gets back: the reference and, when they left an address, the acknowledgement written to them.
 */
public record PublicReceipt(String reference, @Nullable String acknowledgement) {
}
