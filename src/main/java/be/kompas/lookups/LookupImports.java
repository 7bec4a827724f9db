package be.kompas.lookups;

import java.nio.file.Path;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/** Imports of look-up data sets into the review queue, for other modules (demo data, a watched directory). */
public interface LookupImports {

    /**
     * Scans a directory in the exchange format on the calling thread and stores its alerts for review, minus those
     * the organisation's explanation rules cover.
     *
     * @return the import's id
     */
    UUID importDirectory(OrganisationId organisation, String label, Path directory, String actor);

    /** Generates a synthetic data set with planted private look-ups, for demos and trials, and imports it. */
    UUID importSynthetic(OrganisationId organisation, long events, long seed, String actor);
}
