package be.kompas.caselaw;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How the published decisions on one fact code were decided.
 *
 * @param byOutcome count per outcome code, most frequent first
 * @param bySanction count per sanction code, most frequent first; decisions without a sanction count under {@code null}
 */
public record Distribution(String factCode, int total, List<Share> byOutcome, List<Share> bySanction) {

    public record Share(@Nullable String code, int count) {
    }
}
