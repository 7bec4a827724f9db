package be.kompas.earlywarning.internal;

import java.util.Map;
import java.util.UUID;

/**
 * An organisation's early-warning settings.
 *
 * @param reviewerRole the role whose holders review alerts (never the staff member's own line manager)
 * @param expiryMonths how long an alert stays in force
 * @param unitTypes    unit id to the kind of work it does, for peer groups; other units count by their level
 */
public record Settings(String reviewerRole, int expiryMonths, Map<UUID, String> unitTypes) {
}
