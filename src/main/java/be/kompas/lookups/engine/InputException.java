package be.kompas.lookups.engine;

/** Input the engine cannot run on at all, such as a missing file or column; the message names it for the user. */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
