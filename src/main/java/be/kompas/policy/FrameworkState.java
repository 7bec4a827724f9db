package be.kompas.policy;

/** Where the organisation stands on an element of its integrity framework. */
public enum FrameworkState {

    NOT_ASSESSED, ABSENT, PLANNED, PARTIAL, IN_PLACE;

    /** Whether the element is (at least partly) there. */
    public boolean present() {
        return this == PARTIAL || this == IN_PLACE;
    }

    /** The tone of its tag on the map: green when there, orange when coming, red when missing. */
    public String tone() {
        return switch (this) {
            case IN_PLACE -> "ok";
            case PARTIAL, PLANNED -> "warn";
            case ABSENT -> "danger";
            case NOT_ASSESSED -> "";
        };
    }

    public String labelKey() {
        return "policy.framework.state." + name();
    }
}
