package be.kompas.policy;

/**
 * A strategic or operational objective of the action plan (domain.md 8.1, 8.4): programme, then strategic objectives,
 * each realised through operational objectives, which actions serve by naming the code.
 *
 * @param code e.g. {@code SO1} or {@code OO3}, unique in the plan
 * @param parent the code of the strategic objective an operational one serves; blank for a strategic one
 */
public record Objective(String code, Kind kind, String parent, String text) {

    public enum Kind {
        STRATEGIC, OPERATIONAL;

        public String labelKey() {
            return "policy.objective.kind." + name();
        }
    }
}
