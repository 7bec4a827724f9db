package be.kompas.policy;

/** The control bodies whose recommendations steer police policy (domain.md 8.5, 9.7). */
public enum RecommendationSource {

    COMITE_P, AIG, COC, GRECO, COURT_OF_AUDIT, PARLIAMENTARY_INQUIRY, GREVIO, CERD, ODIHR, AMNESTY, SCHENGEN,
    OMBUDSMAN, THEMATIC_INSPECTION, INTERNAL_AUDIT;

    public String labelKey() {
        return "policy.source.body." + name();
    }
}
