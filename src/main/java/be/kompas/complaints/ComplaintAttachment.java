package be.kompas.complaints;

import java.util.List;
import java.util.UUID;

/**
 * A file that came with an item, cleaned of metadata before it was stored.
 *
 * @param filename a neutral name given by Kompas ({@code attachment-1.jpg}); the sender's name is not kept
 * @param removed what was removed, as codes of {@link be.kompas.core.attachments.AttachmentCleaner.Removed}
 */
public record ComplaintAttachment(UUID id, String filename, String mediaType, List<String> removed, int size) {

    /** The file's content, for reading in the browser. */
    public record Content(String filename, String mediaType, byte[] bytes) {
    }
}
