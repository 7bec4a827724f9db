package be.kompas.reporting;

/**
 * A text in a report: a message key of the providing module's bundle, or data (a zone's or a unit's name) shown as
 * it is.
 */
public record Label(String text, boolean translate) {

    public static Label key(String key) {
        return new Label(key, true);
    }

    public static Label data(String text) {
        return new Label(text, false);
    }
}
