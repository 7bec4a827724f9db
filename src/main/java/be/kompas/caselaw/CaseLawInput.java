package be.kompas.caselaw;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the head of internal oversight enters or corrects; lists hold fact codes, family names and one line each. */
public record CaseLawInput(String facts, List<String> factCodes, List<String> riskFamilies, List<String> aggravating,
        List<String> mitigating, String track, String outcome, @Nullable String sanction, int year,
        @Nullable LocalDate decidedOn) {
}
