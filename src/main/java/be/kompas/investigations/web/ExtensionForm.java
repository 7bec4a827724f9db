package be.kompas.investigations.web;

import org.jspecify.annotations.Nullable;

/** The extension of an investigation term as typed: the weeks as text, so that any entry gets the facade's answer. */
public class ExtensionForm {

    private String weeks = "";
    private @Nullable String reason;

    public String getWeeks() {
        return weeks;
    }

    public void setWeeks(@Nullable String weeks) {
        this.weeks = weeks == null ? "" : weeks;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    /** The weeks entered, or 0 (which the facade refuses) when they are not a whole number. */
    int weeksOrZero() {
        try {
            return Integer.parseInt(weeks.strip());
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }
}
