package be.kompas.complaints;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a citizen gets back: the reference, when they left an address the acknowledgement written to them, and the
 * files as stored with what was removed from each.
 */
public record PublicReceipt(String reference, @Nullable String acknowledgement, List<ComplaintAttachment> attachments) {
}
