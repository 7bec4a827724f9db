package be.kompas.caselaw;

import org.jspecify.annotations.Nullable;

/** Filters of the search page; {@code null} means any. Drafts are included only for those who manage the database. */
public record CaseLawQuery(@Nullable String factCode, @Nullable String riskFamily, @Nullable String sanction,
        @Nullable String outcome, @Nullable Integer year, boolean draftsOnly) {

    public static CaseLawQuery all() {
        return new CaseLawQuery(null, null, null, null, null, false);
    }
}
