package be.kompas.registers;

import java.util.List;
import java.util.Map;

import be.kompas.identity.KompasUser;

/**
 * The inspectorate's view across all organisations (AIG recommendations 22 and 23: one database of force and of
 * violence against police): counts only, no personal data, counts below {@link #SMALL_COUNT} suppressed (domain.md 13,
 * decision 10).
 */
public interface NationalAggregate {

    int SMALL_COUNT = 5;

    /**
     * @return breakdown label key to its bars, in a stable order
     * @throws org.springframework.security.access.AccessDeniedException without {@link RegisterPermissions#AGGREGATE}
     */
    Map<String, List<Count>> figures(KompasUser viewer, int year);
}
