package be.kompas.advice.internal;

/** An attachment that cannot be cleaned of metadata, and is therefore refused. */
public class UncleanableAttachmentException extends RuntimeException {

    public enum Reason {
        /** Not a JPEG, PNG, PDF or DOCX file. */
        TYPE,
        /** A known type that does not parse. */
        CORRUPT
    }

    private final String filename;
    private final Reason reason;

    UncleanableAttachmentException(String filename, Reason reason) {
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
}
