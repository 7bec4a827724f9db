package be.kompas.lookups.internal;

/** An uploaded data set that Kompas refuses to unpack or read; the message is a bundle key for the reviewer. */
public class InvalidDataSetException extends RuntimeException {

    public InvalidDataSetException(String messageKey) {
        super(messageKey);
    }
}
