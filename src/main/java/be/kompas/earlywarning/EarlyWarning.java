package be.kompas.earlywarning;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.kompas.identity.KompasUser;
import be.kompas.tenancy.OrganisationId;

/** Early warning as other modules (and the demo data) may drive it: settings, rules, exposure and an evaluation. */
public interface EarlyWarning {

    /**
     * @param reviewerRole the role whose holders review alerts
     * @param unitTypes    unit id to the kind of work it does, for peer groups
     */
    void saveSettings(KompasUser coordinator, String reviewerRole, int expiryMonths, Map<UUID, String> unitTypes);

    /**
     * Adds a rule, or the next version of one with the same code; earlier versions stay.
     *
     * @return the new version
     */
    int saveRule(KompasUser coordinator, RuleInput input);

    /** @return the number of rows stored */
    int importExposure(KompasUser coordinator, List<ExposureInput> rows);

    /**
     * Evaluates the organisation now, in the caller's transaction.
     *
     * @return the number of new alerts
     */
    int evaluateNow(OrganisationId organisation, String actor);
}
