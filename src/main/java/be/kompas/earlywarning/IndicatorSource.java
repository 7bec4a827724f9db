package be.kompas.earlywarning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * Implemented (as Spring beans) by the modules that record events about staff members, so that early warning reads
 * them without depending on any of those modules. A source answers counts only: no content, no references.
 */
public interface IndicatorSource {

    /** The indicator codes this source counts, e.g. {@code registers.use-of-force}. */
    List<String> indicators();

    /**
     * Events of one indicator per staff member of the organisation, dated from {@code from} up to and including
     * {@code to}. Staff members without events may be left out.
     *
     * @return staff member id to count
     */
    Map<UUID, Integer> count(OrganisationId organisation, String indicator, LocalDate from, LocalDate to);
}
