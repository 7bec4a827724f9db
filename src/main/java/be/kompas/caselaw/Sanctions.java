package be.kompas.caselaw;

import java.util.List;

/**
 * The sanction and measure codes the entry form offers (domain.md section 13 and the non-disciplinary measures of
 * issue 7). Entries taken in from cases may carry other codes from the investigations' reference data; those are kept
 * and shown as they are.
 */
public final class Sanctions {

    public static final List<String> LIGHT = List.of("WARNING", "REPRIMAND");
    public static final List<String> HEAVY = List.of("SALARY_DEDUCTION", "DISCIPLINARY_SUSPENSION", "DEMOTION",
            "DISMISSAL", "REMOVAL");
    public static final List<String> MEASURES = List.of("VERBAL_REMARK", "WORK_NOTE", "PERFORMANCE_NOTE",
            "RESTORATIVE_TALK", "MEDIATION", "EXTRA_TRAINING");

    private Sanctions() {
    }

    public static List<String> all() {
        return java.util.stream.Stream.of(LIGHT, HEAVY, MEASURES).flatMap(List::stream).toList();
    }
}
