package be.kompas.advice.internal;

/** An attachment that cannot be cleaned of metadata, and is therefore refused. */
public class UncleanableAttachmentException extends RuntimeException {

    public enum Reason {
        /** Not a JPEG, PNG, PDF or DOCX file. */
        TYPE,
        /** A known type that does not parse. */
        CORRUPT
    }

    private final Reason reason;

    UncleanableAttachmentException(Reason reason) {
        super("Attachment refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
