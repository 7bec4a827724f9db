package be.kompas.policy;

/**
 * Where the follow-up of a recommendation stands, with the AIG's labels of domain.md 9.7: NIET GEREALISEERD (not
 * realised), "maar" (but), LOPEND (ongoing), NIET STRUCTUREEL GEREALISEERD (not structurally realised).
 */
public enum RecommendationStatus {

    OPEN, ONGOING, IMPLEMENTED, NOT_REALISED, NOT_REALISED_BUT, NOT_STRUCTURALLY_REALISED;

    public boolean implemented() {
        return this == IMPLEMENTED;
    }

    public String labelKey() {
        return "policy.recommendation.status." + name();
    }
}
