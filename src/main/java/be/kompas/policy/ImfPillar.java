package be.kompas.policy;

/** The three pillars of the Integrity Management Framework (domain.md 2.1). */
public enum ImfPillar {

    INSTRUMENT, PROCESS, STRUCTURE;

    public String labelKey() {
        return "policy.imf.pillar." + name();
    }
}
