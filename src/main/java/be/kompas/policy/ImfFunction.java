package be.kompas.policy;

/** The four functions of the Integrity Management Framework (domain.md 2.1). */
public enum ImfFunction {

    DEFINE, GUIDE, MONITOR, ENFORCE;

    public String labelKey() {
        return "policy.imf.function." + name();
    }
}
