package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.tenancy.OrganisationId;

/**
 * What every register offers its readers in the same shape: the entries a viewer may see (their own, those they
 * review, or all with the register's permission), one entry, a year for the CSV export and the year's statistics.
 *
 * @param <T> the entry as a reader sees it
 */
public interface Register<T> {

    /** The viewer's entries, newest first. */
    Page<T> list(KompasUser viewer, PageRequest page);

    /** @throws be.kompas.core.RecordNotFoundException outside the viewer's reach */
    T view(KompasUser viewer, UUID id);

    /** Entries of a year the viewer may see, for the CSV export. */
    List<T> year(KompasUser viewer, int year);

    /** The year's figures beside the year before, without personal data. */
    YearStatistics statistics(OrganisationId organisation, int year);
}
