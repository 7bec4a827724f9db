package be.kompas.advice;

import be.kompas.tenancy.Organisation;

/**
 * Submits a report as a reporter on the public page would, for other modules (the demo data): encrypted under its own
 * key, wrapped for the reporter's name and passphrase and for the facilitator and helpers. Nothing else is kept.
 */
public interface AdviceSubmissions {

    /** @return the report's reference */
    String submit(Organisation organisation, ReportKind kind, String category, String text, String name,
            String passphrase);
}
