package be.kompas.core.attachments;

/** An attachment that cannot be cleaned of metadata, and is therefore refused. */
public class UncleanableAttachmentException extends RuntimeException {

    public enum Reason {
        /** Not a JPEG, PNG, PDF or DOCX file. */
        TYPE,
        /** A known type that does not parse. */
        CORRUPT,
        /** Larger than {@link AttachmentCleaner#MAX_BYTES}. */
        SIZE
    }

    private final String filename;
    private final Reason reason;

    public UncleanableAttachmentException(String filename, Reason reason) {
        super("Attachment refused: " + reason);
        this.filename = filename;
        this.reason = reason;
    }

    public String filename() {
        return filename;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key for this refusal, with the file name as its argument. */
    public String messageKey() {
        return "attachments.error." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
